import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../conversations/dto/conversation.type';

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

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => Float, { description: 'Price in major units of `currency`.' })
  price!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => Int)
  stock!: number;

  @Field()
  inStock!: boolean;
}

@ObjectType('ProductEdge')
export class ProductEdge {
  @Field()
  cursor!: string;

  @Field(() => ProductType)
  node!: ProductType;
}

@ObjectType('ProductConnection')
export class ProductConnection {
  @Field(() => [ProductEdge])
  edges!: ProductEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
