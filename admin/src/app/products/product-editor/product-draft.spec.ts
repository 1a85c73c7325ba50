import type { Category, ProductDetail, ProductVariant } from '../catalog.models';
import { categoryPathsOf, draftOf, draftProblems, importDocumentOf, type ProductDraft } from './product-draft';

const categories: Category[] = [
  { id: 'men', name: 'Men', path: 'Men', parentId: null, depth: 0 },
  { id: 'tops', name: 'Tops', path: 'Men > Tops', parentId: 'men', depth: 1 },
  { id: 'tees', name: 'Tees', path: 'Men > Tops > Tees', parentId: 'tops', depth: 2 },
  { id: 'sale', name: 'Sale', path: 'Sale', parentId: null, depth: 0 },
];

function variant(sku: string, options: Record<string, string>, extra: Partial<ProductVariant> = {}): ProductVariant {
  return {
    id: `id-${sku}`,
    sku,
    options: Object.entries(options).map(([name, value]) => ({ name, value })),
    price: 24,
    regularPrice: 24,
    salePrice: null,
    saleStartsAt: null,
    saleEndsAt: null,
    stock: 3,
    inStock: true,
    imageUrl: null,
    ...extra,
  };
}

const tee: ProductDetail = {
  id: 'p1',
  sku: 'TEE',
  name: 'Harbor Tee',
  brand: 'Northwind',
  category: 'Men > Tops > Tees',
  categoryIds: ['men', 'tops', 'tees', 'sale'],
  price: 19,
  regularPrice: 24,
  onSale: true,
  currency: 'USD',
  imageUrl: 'https://img.example/tee.jpg',
  images: ['https://img.example/tee.jpg', 'https://img.example/back.jpg'],
  stock: 6,
  inStock: true,
  status: 'active',
  featured: false,
  description: 'Organic cotton.',
  rating: 0,
  reviewCount: 0,
  attributes: [
    { name: 'material', values: ['Cotton', 'Hemp'] },
    { name: 'size', values: ['S', 'M'] },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  variants: [
    variant('TEE-S', { size: 'S' }),
    variant('TEE-M', { size: 'M' }, { salePrice: 19, saleStartsAt: '2026-06-01T00:00:00.000Z', saleEndsAt: '2026-06-30T00:00:00.000Z' }),
  ],
};

describe('categoryPathsOf', () => {
  it('keeps the deepest categories, the main one first', () => {
    expect(categoryPathsOf({ category: 'Men > Tops > Tees', categoryIds: ['sale', 'men', 'tops', 'tees'] }, categories)).toEqual(['Men > Tops > Tees', 'Sale']);
  });
});

describe('draftOf', () => {
  it('fills the form from the product, without the option values repeated as attributes', () => {
    const draft = draftOf(tee, categories);
    expect(draft).toMatchObject({
      sku: 'TEE',
      categories: 'Men > Tops > Tees\nSale',
      images: 'https://img.example/tee.jpg\nhttps://img.example/back.jpg',
      attributes: [{ name: 'material', values: 'Cotton, Hemp' }],
      simple: false,
      optionNames: ['size'],
    });
    expect(draft.variants[1]).toEqual({
      sku: 'TEE-M',
      isNew: false,
      options: { size: 'M' },
      price: 24,
      salePrice: 19,
      saleStart: '2026-06-01',
      saleEnd: '2026-06-30',
      imageUrl: null,
    });
  });
});

describe('draftProblems', () => {
  const draft = draftOf(tee, categories);

  it('accepts the product as it is', () => {
    expect(draftProblems(draft)).toEqual([]);
  });

  it('explains what blocks saving', () => {
    const bad: ProductDraft = {
      ...draft,
      name: ' ',
      images: 'ftp://old.example/tee.jpg',
      attributes: [...draft.attributes, { name: 'Material', values: 'Linen' }],
      variants: [
        { ...draft.variants[0], salePrice: 30 },
        { ...draft.variants[1], saleEnd: '2026-05-01' },
        { sku: 'TEE-S', isNew: true, options: { size: '' }, price: null, salePrice: null, saleStart: '', saleEnd: '', imageUrl: null },
      ],
    };
    expect(draftProblems(bad)).toEqual([
      'The product needs a name',
      '“ftp://old.example/tee.jpg” is not a web address (https://…)',
      'Each attribute name can be used once',
      'TEE-S: the sale price must be between 0 and the price',
      'TEE-M: the sale must end after it starts',
      'TEE-S: this SKU is used twice',
      'TEE-S: enter a price',
      'TEE-S: give it at least one option',
    ]);
  });
});

describe('importDocumentOf', () => {
  it('sends the whole product with its variants and no stock, so stock stays as it is', () => {
    const draft = { ...draftOf(tee, categories), name: 'Harbor Organic Tee' };
    const [product] = importDocumentOf(draft).products;
    expect(product).toEqual({
      sku: 'TEE',
      name: 'Harbor Organic Tee',
      description: 'Organic cotton.',
      brand: 'Northwind',
      categories: ['Men > Tops > Tees', 'Sale'],
      imageUrl: 'https://img.example/tee.jpg',
      images: ['https://img.example/back.jpg'],
      status: 'active',
      featured: false,
      attributes: { material: ['Cotton', 'Hemp'] },
      price: 24,
      variants: [
        { sku: 'TEE-S', options: { size: 'S' }, price: 24, salePrice: null, saleStart: null, saleEnd: null, imageUrl: null },
        { sku: 'TEE-M', options: { size: 'M' }, price: 24, salePrice: 19, saleStart: '2026-06-01', saleEnd: '2026-06-30', imageUrl: null },
      ],
    });
    expect(JSON.stringify(product)).not.toContain('stock');
  });

  it('puts the price of a product sold as itself on the product line', () => {
    const mug: ProductDetail = { ...tee, sku: 'MUG', attributes: [], variants: [variant('MUG', {}, { regularPrice: 14.5, salePrice: 12 })] };
    const [product] = importDocumentOf({ ...draftOf(mug, categories), brand: '' }).products;
    expect(product).toMatchObject({ sku: 'MUG', brand: null, price: 14.5, salePrice: 12 });
    expect(product).not.toHaveProperty('variants');
  });
});
