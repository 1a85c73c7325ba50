import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../conversations/dto/conversation.type';

@ObjectType('ProductAttribute')
export class ProductAttributeType {
  @Field()
  name!: string;

  @Field(() => [String])
  values!: string[];
}

@ObjectType('VariantOption')
export class VariantOptionType {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@ObjectType('ProductVariant')
export class ProductVariantType {
  @Field(() => ID)
  id!: string;

  @Field()
  sku!: string;

  @Field(() => [VariantOptionType])
  options!: VariantOptionType[];

  @Field(() => Float, { description: 'What it sells for now (the sale price while a sale runs).' })
  price!: number;

  @Field(() => Float)
  regularPrice!: number;

  @Field(() => Float, { nullable: true })
  salePrice!: number | null;

  @Field(() => Date, { nullable: true })
  saleStartsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  saleEndsAt!: Date | null;

  @Field(() => Int)
  stock!: number;

  @Field()
  inStock!: boolean;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;
}

@ObjectType('CategoryRef')
export class CategoryRefType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  path!: string;
}

@ObjectType('Product')
export class ProductType {
  @Field(() => ID)
  id!: string;

  @Field()
  sku!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  brand!: string | null;

  @Field(() => String, { nullable: true, description: 'Path of the main category ("Men > Tops > Jackets").' })
  category!: string | null;

  @Field(() => [ID])
  categoryIds!: string[];

  @Field(() => Float, { description: 'Lowest price it sells for now, in major units of `currency`.' })
  price!: number;

  @Field(() => Float, { description: 'Lowest regular price, before any sale.' })
  regularPrice!: number;

  @Field()
  onSale!: boolean;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => [String])
  images!: string[];

  @Field(() => Int)
  stock!: number;

  @Field()
  inStock!: boolean;

  @Field()
  featured!: boolean;

  @Field(() => Float, { description: 'Average review rating, 0 when there are no reviews.' })
  rating!: number;

  @Field(() => Int)
  reviewCount!: number;

  @Field()
  status!: string;

  @Field(() => [ProductAttributeType])
  attributes!: ProductAttributeType[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ProductEdge')
export class ProductEdge {
  @Field()
  cursor!: string;

  @Field(() => ProductType)
  node!: ProductType;
}

@ObjectType('PriceRange')
export class PriceRangeType {
  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;
}

@ObjectType('SearchCorrection')
export class SearchCorrectionType {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType('SearchInterpretation', { description: 'How the search text was understood.' })
export class SearchInterpretationType {
  @Field(() => [String])
  terms!: string[];

  @Field(() => [SearchCorrectionType])
  corrections!: SearchCorrectionType[];

  @Field(() => PriceRangeType, { description: 'Price range in force, from the filter and from words such as "under $50".' })
  priceRange!: PriceRangeType;
}

@ObjectType('FacetValue')
export class FacetValueType {
  @Field()
  value!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AttributeFacet')
export class AttributeFacetType {
  @Field()
  name!: string;

  @Field(() => [FacetValueType])
  values!: FacetValueType[];
}

@ObjectType('ProductFacets')
export class ProductFacetsType {
  @Field(() => [FacetValueType])
  categories!: FacetValueType[];

  @Field(() => [FacetValueType])
  brands!: FacetValueType[];

  @Field(() => [FacetValueType])
  priceRanges!: FacetValueType[];

  @Field(() => [AttributeFacetType])
  attributes!: AttributeFacetType[];

  @Field(() => Int)
  inStock!: number;
}

@ObjectType('ProductConnection')
export class ProductConnection {
  @Field(() => [ProductEdge])
  edges!: ProductEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => SearchInterpretationType)
  interpretation!: SearchInterpretationType;
}
