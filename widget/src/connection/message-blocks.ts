export type {
  CheckoutLinkBlock,
  ImageBlock,
  MessageBlock,
  OrderCardBlock,
  OrderStatusName,
  ProductCard,
  ProductCardsBlock,
  ProductCardVariant,
  QuickRepliesBlock,
  QuickReply,
} from '@shopdesk/shared';
