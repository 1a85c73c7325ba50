import type { Category, ProductDetail, ProductStatus } from '../catalog.models';
import { soldAsItself } from '../product-detail/product-facts';

/** A variant as edited: money and dates as typed, options by option name. */
export interface VariantDraft {
  readonly sku: string;
  /** Added in this editor; its SKU is still editable. */
  readonly isNew: boolean;
  readonly options: Readonly<Record<string, string>>;
  readonly price: number | null;
  readonly salePrice: number | null;
  /** YYYY-MM-DD or empty. */
  readonly saleStart: string;
  readonly saleEnd: string;
  readonly imageUrl: string | null;
}

export interface AttributeDraft {
  readonly name: string;
  /** Comma-separated. */
  readonly values: string;
}

/** Everything the editor changes. The SKU identifies the product and stays as it is. */
export interface ProductDraft {
  readonly sku: string;
  readonly name: string;
  readonly description: string;
  readonly brand: string;
  /** One category path per line, "Men > Tops > Tees". */
  readonly categories: string;
  /** One picture URL per line, the main one first. */
  readonly images: string;
  readonly status: ProductStatus;
  readonly featured: boolean;
  readonly attributes: readonly AttributeDraft[];
  /** Sold as itself: its one variant carries the product's SKU and has no options. */
  readonly simple: boolean;
  readonly optionNames: readonly string[];
  readonly variants: readonly VariantDraft[];
}

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const IMAGE_URL = /^(https?:\/\/|\/)\S+$/;

/**
 * The product's categories as paths. The API lists each category with all those above it;
 * only the deepest ones are kept (the others follow from them), the main category first.
 */
export function categoryPathsOf(product: Pick<ProductDetail, 'category' | 'categoryIds'>, categories: readonly Category[]): string[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const paths = product.categoryIds.map((id) => byId.get(id)?.path).filter((p): p is string => !!p);
  const deepest = paths.filter((path) => !paths.some((other) => other !== path && other.startsWith(`${path} > `)));
  const main = product.category;
  const ordered = main && deepest.includes(main) ? [main, ...deepest.filter((p) => p !== main)] : deepest;
  return ordered.length ? ordered : main ? [main] : [];
}

export function draftOf(product: ProductDetail, categories: readonly Category[]): ProductDraft {
  const optionNames = [...new Set(product.variants.flatMap((v) => v.options.map((o) => o.name)))];
  const images = [...new Set([product.imageUrl, ...product.images].filter((u): u is string => !!u))];
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    brand: product.brand ?? '',
    categories: categoryPathsOf(product, categories).join('\n'),
    images: images.join('\n'),
    status: (['draft', 'active', 'archived'] as const).find((s) => s === product.status) ?? 'draft',
    featured: product.featured,
    // Option values are listed among the attributes too; they are edited on the variants.
    attributes: product.attributes.filter((a) => !optionNames.includes(a.name)).map((a) => ({ name: a.name, values: a.values.join(', ') })),
    simple: soldAsItself(product),
    optionNames,
    variants: product.variants.map((v) => ({
      sku: v.sku,
      isNew: false,
      options: Object.fromEntries(v.options.map((o) => [o.name, o.value])),
      price: v.regularPrice,
      salePrice: v.salePrice,
      saleStart: v.saleStartsAt?.slice(0, 10) ?? '',
      saleEnd: v.saleEndsAt?.slice(0, 10) ?? '',
      imageUrl: v.imageUrl,
    })),
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** What stops the draft from being saved, in words for the form; empty when it can be saved. */
export function draftProblems(draft: ProductDraft): string[] {
  const problems: string[] = [];
  if (!draft.name.trim()) problems.push('The product needs a name');
  for (const url of lines(draft.images)) if (!IMAGE_URL.test(url)) problems.push(`“${url.slice(0, 60)}” is not a web address (https://…)`);
  const names = draft.attributes.map((a) => a.name.trim().toLowerCase()).filter(Boolean);
  if (new Set(names).size !== names.length) problems.push('Each attribute name can be used once');
  if (draft.attributes.some((a) => !a.name.trim() && a.values.trim())) problems.push('An attribute has values but no name');
  const skus = new Set<string>();
  for (const v of draft.variants) {
    const label = v.sku || 'A new variant';
    if (!SKU.test(v.sku)) problems.push(`${label}: the SKU may only hold letters, digits and . _ - /`);
    else if (skus.has(v.sku) || (v.isNew && v.sku === draft.sku)) problems.push(`${v.sku}: this SKU is used twice`);
    skus.add(v.sku);
    if (v.price === null || !(v.price >= 0)) problems.push(`${label}: enter a price`);
    if (v.salePrice !== null && (v.salePrice < 0 || (v.price !== null && v.salePrice > v.price))) problems.push(`${label}: the sale price must be between 0 and the price`);
    if (v.saleStart && v.saleEnd && v.saleEnd <= v.saleStart) problems.push(`${label}: the sale must end after it starts`);
    if (!draft.simple && draft.optionNames.length && draft.optionNames.every((n) => !v.options[n]?.trim())) problems.push(`${label}: give it at least one option`);
  }
  return problems;
}

/**
 * The draft as a one-product JSON import. Imports upsert by SKU and replace what they carry, so
 * saving sends the whole product; stock is left out, so it stays as the ledger has it.
 */
export function importDocumentOf(draft: ProductDraft): { products: Record<string, unknown>[] } {
  const images = lines(draft.images);
  const attributes = Object.fromEntries(
    draft.attributes
      .filter((a) => a.name.trim())
      .map((a) => [
        a.name.trim(),
        a.values
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      ]),
  );
  const money = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
  const sale = (v: VariantDraft) => ({
    salePrice: money(v.salePrice),
    saleStart: v.saleStart || null,
    saleEnd: v.saleEnd || null,
  });
  const product: Record<string, unknown> = {
    sku: draft.sku,
    name: draft.name.trim(),
    description: draft.description.trim(),
    brand: draft.brand.trim() || null,
    categories: lines(draft.categories),
    imageUrl: images[0] ?? null,
    images: images.slice(1),
    status: draft.status,
    featured: draft.featured,
    attributes,
  };
  if (draft.simple && draft.variants.length === 1) {
    const [only] = draft.variants;
    return { products: [{ ...product, price: money(only.price), ...sale(only) }] };
  }
  const prices = draft.variants.map((v) => v.price ?? 0);
  return {
    products: [
      {
        ...product,
        // Required on a product line; the price shown is recomputed from the variants.
        price: prices.length ? Math.min(...prices) : 0,
        variants: draft.variants.map((v) => ({
          sku: v.sku,
          options: Object.fromEntries(Object.entries(v.options).filter(([, value]) => value.trim())),
          price: money(v.price),
          ...sale(v),
          imageUrl: v.imageUrl,
        })),
      },
    ],
  };
}
