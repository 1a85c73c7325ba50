import { createUnionType, Field, FieldMiddleware, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrderStatus } from '../../orders/dto/order-status.enum';
import { MessageBlock } from '../message-blocks';

/** Blocks are stored as JSON, so their times come back as ISO strings; the DateTime scalar needs dates. */
const storedDate: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'string' ? new Date(value) : value;
};

@ObjectType('ProductCardVariant')
export class ProductCardVariantType {
  @Field(() => ID)
  variantId!: string;

  @Field({ description: 'The options in words, e.g. "M / Blue".' })
  label!: string;

  @Field(() => Float)
  price!: number;

  @Field(() => Int, { description: 'Units free to sell when the message was sent.' })
  available!: number;
}

@ObjectType('ProductCard', { description: 'A product as the visitor was shown it, with its price and stock at that moment.' })
export class ProductCardType {
  @Field(() => ID)
  productId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  price!: number;

  @Field(() => Float, { nullable: true, description: 'The regular price while the product is on sale.' })
  compareAtPrice!: number | null;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  imageUrl!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => Float, { nullable: true, description: 'Average review rating, 1-5.' })
  rating!: number | null;

  @Field()
  inStock!: boolean;

  @Field(() => [ProductCardVariantType], { description: 'Up to 24, in-stock first.' })
  variants!: ProductCardVariantType[];
}

@ObjectType('ProductCardsBlock')
export class ProductCardsBlockType {
  @Field(() => [ProductCardType])
  products!: ProductCardType[];
}

@ObjectType('QuickReply')
export class QuickReplyType {
  @Field()
  label!: string;

  @Field({ description: "Sent as the visitor's message when tapped." })
  text!: string;
}

@ObjectType('QuickRepliesBlock')
export class QuickRepliesBlockType {
  @Field(() => [QuickReplyType])
  replies!: QuickReplyType[];
}

@ObjectType('ImageBlock')
export class ImageBlockType {
  @Field({ description: 'An https address.' })
  url!: string;

  @Field(() => String, { nullable: true })
  alt!: string | null;
}

@ObjectType('OrderCardBlock')
export class OrderCardBlockType {
  @Field()
  number!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;

  @Field(() => Float)
  total!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field({ middleware: [storedDate] })
  createdAt!: Date;

  @Field()
  canCancel!: boolean;
}

@ObjectType('CheckoutLinkBlock')
export class CheckoutLinkBlockType {
  @Field()
  orderNumber!: string;

  @Field(() => Float)
  total!: number;

  @Field()
  currency!: string;

  @Field(() => String, { nullable: true, description: 'Where to pay; null when the store takes payment by hand.' })
  paymentUrl!: string | null;

  @Field({ middleware: [storedDate] })
  expiresAt!: Date;

  // Blocks stored before payment plans lack these; GraphQL answers a missing nullable field with null.
  @Field(() => Float, { nullable: true, description: 'What the link charges when the order is paid in instalments: the first one. Null when paid in one go.' })
  dueNow?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many instalments the order is paid in; null when paid in one go.' })
  instalmentCount?: number | null;
}

const BLOCK_TYPES = {
  product_cards: ProductCardsBlockType,
  quick_replies: QuickRepliesBlockType,
  image: ImageBlockType,
  order_card: OrderCardBlockType,
  checkout_link: CheckoutLinkBlockType,
} as const;

export const MessageBlockUnion = createUnionType({
  name: 'MessageBlock',
  description: 'Rich content under a message: product cards, quick replies, an image, an order or a payment link.',
  types: () => Object.values(BLOCK_TYPES),
  resolveType: (block: MessageBlock) => BLOCK_TYPES[block.kind],
});
