import { registerEnumType } from '@nestjs/graphql';
import { OrderStatus } from '../entities/order-status';

registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'awaiting payment → paid → processing → shipped → delivered; or cancelled / refunded.' });

export { OrderStatus };
