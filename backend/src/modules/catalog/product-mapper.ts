import { ProductType, ProductVariantType } from './dto/product.type';
import { Product } from './entities/product.entity';
import { ProductVariant } from './entities/product-variant.entity';

function saleActive(sale: number | null, starts: Date | null, ends: Date | null, now: Date): sale is number {
  return sale !== null && (!starts || new Date(starts) <= now) && (!ends || new Date(ends) > now);
}

export function toProductType(p: Product, now = new Date()): ProductType {
  const onSale = saleActive(p.salePriceCents, p.saleStartsAt, p.saleEndsAt, now) && p.salePriceCents < p.priceCents;
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    description: p.description,
    brand: p.brand,
    category: p.category,
    categoryIds: p.categoryIds,
    price: (onSale ? (p.salePriceCents as number) : p.priceCents) / 100,
    regularPrice: p.priceCents / 100,
    onSale,
    currency: p.currency,
    imageUrl: p.imageUrl,
    images: p.images,
    stock: p.stock,
    inStock: p.stock > 0,
    featured: p.featured,
    rating: Math.round(p.ratingAvg * 100) / 100,
    reviewCount: p.reviewCount,
    status: p.status,
    attributes: Object.entries(p.attributes ?? {}).map(([name, values]) => ({ name, values })),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toVariantType(v: ProductVariant, now = new Date()): ProductVariantType {
  const onSale = saleActive(v.salePriceCents, v.saleStartsAt, v.saleEndsAt, now);
  return {
    id: v.id,
    sku: v.sku,
    options: Object.entries(v.options ?? {}).map(([name, value]) => ({ name, value })),
    price: (onSale ? Math.min(v.salePriceCents as number, v.priceCents) : v.priceCents) / 100,
    regularPrice: v.priceCents / 100,
    salePrice: v.salePriceCents === null ? null : v.salePriceCents / 100,
    saleStartsAt: v.saleStartsAt,
    saleEndsAt: v.saleEndsAt,
    stock: v.stock,
    inStock: v.stock > 0,
    imageUrl: v.imageUrl,
  };
}
