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
import { DraftOrderResolver } from './draft-order.resolver';
import { DraftOrderService } from './draft-order.service';
import { CartItem } from './entities/cart-item.entity';
import { Cart } from './entities/cart.entity';
import { DiscountCode } from './entities/discount-code.entity';
import { DraftOrder } from './entities/draft-order.entity';
import { OrderEvent } from './entities/order-event.entity';
import { OrderLine } from './entities/order-line.entity';
import { OrderSettings } from './entities/order-settings.entity';
import { WishlistItem } from './entities/wishlist-item.entity';
import { Order } from './entities/order.entity';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { OrderAdminResolver } from './order-admin.resolver';
import { OrderReturnLine } from './entities/order-return-line.entity';
import { OrderReturn } from './entities/order-return.entity';
import { OrderExpiry } from './order-expiry';
import { OrderExportController } from './order-export.controller';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderQueryService } from './order-query.service';
import { OrderQuote } from './order-quote';
import { OrderReturnResolver } from './order-return.resolver';
import { OrderReturnService } from './order-return.service';
import { OrderSettingsResolver } from './order-settings.resolver';
import { OrderSettingsService } from './order-settings.service';
import { OrderTimeline } from './order-timeline';
import { OrderTrackingService } from './order-tracking.service';
import { OrdersService } from './orders.service';
import { PaymentInstalments } from './payment-instalments';
import { PaymentPlanReminderProcessor } from './payment-plan-reminder.processor';
import { PaymentPlanResolver } from './payment-plan.resolver';
import { PaymentPlanService } from './payment-plan.service';
import { VariantCatalog } from './variant-catalog';
import { WishlistResolver } from './wishlist.resolver';
import { WishlistService } from './wishlist.service';

@Module({
  imports: [TypeOrmModule.forFeature([Cart, CartItem, Order, OrderLine, OrderEvent, DiscountCode, OrderSettings, OrderReturn, OrderReturnLine, DraftOrder, WishlistItem, PaymentInstalment]), InventoryModule, PaymentsModule, ConversationsModule],
  controllers: [OrderExportController],
  providers: [
    VariantCatalog,
    OrderSettingsService,
    DiscountCodeService,
    OrderQuote,
    OrderTimeline,
    PaymentInstalments,
    CartService,
    OrderLifecycleService,
    CheckoutService,
    OrderTrackingService,
    OrderReturnService,
    DraftOrderService,
    WishlistService,
    OrderQueryService,
    OrdersService,
    OrderExpiry,
    PaymentPlanReminderProcessor,
    PaymentPlanService,
    CartResolver,
    CustomerOrderResolver,
    OrderAdminResolver,
    OrderSettingsResolver,
    OrderReturnResolver,
    DraftOrderResolver,
    WishlistResolver,
    PaymentPlanResolver,
  ],
  exports: [OrdersService],
})
export class OrdersModule {}
