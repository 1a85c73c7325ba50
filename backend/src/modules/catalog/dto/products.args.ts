import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ProductSortOrder } from '../search/product-search.types';

registerEnumType(ProductSortOrder, { name: 'ProductSort' });

@InputType()
export class AttributeFilterInput {
  @Field()
  @IsString()
  @MaxLength(60)
  name!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  values!: string[];
}

@InputType()
export class ProductFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  categoryIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Category paths or names, e.g. "Gear > Bags" or "bags"; subcategories included.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  categories?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  brands?: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  minPrice?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  maxPrice?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inStock?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  onSale?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  featured?: boolean;

  @Field(() => [AttributeFilterInput], { nullable: true, description: 'Colour, size... (values of one attribute are alternatives; attributes combine).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AttributeFilterInput)
  attributes?: AttributeFilterInput[];

  @Field(() => [String], { nullable: true, description: 'Staff only: draft, active, archived (default active).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  statuses?: string[];
}

@ArgsType()
export class ProductsArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  // Long pastes are cut rather than refused: a search never fails because of its text.
  search?: string;

  @Field(() => ProductFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProductFilterInput)
  filter?: ProductFilterInput;

  @Field(() => ProductSortOrder, { nullable: true, description: 'Default: RELEVANCE with a search, NAME without.' })
  @IsOptional()
  @IsEnum(ProductSortOrder)
  sort?: ProductSortOrder;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string;
}

@ArgsType()
export class ProductArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => String, { nullable: true, description: 'The product SKU or one of its variant SKUs.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sku?: string;
}
