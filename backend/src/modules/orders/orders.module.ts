import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConversationsModule } from '../conversations/conversations.module';
import { InventoryModule } from '../inventory/inventory.module';
import { PaymentsModule } from '../payments/payments.module';
import { CartResolver } from './cart.resolver';
import { CartService } from './cart.service';
import { CheckoutService } from './checkout.service';
import { CustomerOrderResolver } from './customer-order.resolver';
import { DiscountCodeService } from './discount-code.service';
import { CartItem } from './entities/cart-item.entity';
import { Cart } from './entities/cart.entity';
import { DiscountCode } from './entities/discount-code.entity';
import { OrderEvent } from './entities/order-event.entity';
import { OrderLine } from './entities/order-line.entity';
import { OrderSettings } from './entities/order-settings.entity';
import { Order } from './entities/order.entity';
import { OrderAdminResolver } from './order-admin.resolver';
import { OrderExpiry } from './order-expiry';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderQueryService } from './order-query.service';
import { OrderSettingsResolver } from './order-settings.resolver';
import { OrderSettingsService } from './order-settings.service';
import { OrderTimeline } from './order-timeline';
import { OrderTrackingService } from './order-tracking.service';
import { OrdersService } from './orders.service';
import { VariantCatalog } from './variant-catalog';

@Module({
  imports: [TypeOrmModule.forFeature([Cart, CartItem, Order, OrderLine, OrderEvent, DiscountCode, OrderSettings]), InventoryModule, PaymentsModule, ConversationsModule],
  providers: [
    VariantCatalog,
    OrderSettingsService,
    DiscountCodeService,
    OrderTimeline,
    CartService,
    OrderLifecycleService,
    CheckoutService,
    OrderTrackingService,
    OrderQueryService,
    OrdersService,
    OrderExpiry,
    CartResolver,
    CustomerOrderResolver,
    OrderAdminResolver,
    OrderSettingsResolver,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
