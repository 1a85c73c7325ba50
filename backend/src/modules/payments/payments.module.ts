import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { Payment } from './entities/payment.entity';
import { PaymentRefund } from './entities/payment-refund.entity';
import { PaymentWebhookEvent } from './entities/payment-webhook-event.entity';
import { PaymentOutcomes } from './payment-outcomes';
import { PaymentsService } from './payments.service';
import { PaymentProviders } from './providers/payment-providers';
import { createStripeClient, StripePaymentProvider } from './providers/stripe-payment-provider';
import { StripeWebhookController } from './stripe-webhook.controller';
import { StripeWebhookVerifier } from './stripe-webhook-verifier';

@Module({
  imports: [TypeOrmModule.forFeature([Payment, PaymentRefund, PaymentWebhookEvent])],
  controllers: [StripeWebhookController],
  providers: [
    {
      provide: PaymentProviders,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new PaymentProviders(config.STRIPE_SECRET_KEY ? new StripePaymentProvider(createStripeClient(config.STRIPE_SECRET_KEY, config.STRIPE_API_URL)) : undefined),
    },
    {
      provide: StripeWebhookVerifier,
      inject: [AppConfig],
      // Without a signing secret every webhook is refused (404): nothing unsigned is ever applied.
      useFactory: (config: AppConfig) =>
        config.STRIPE_WEBHOOK_SECRET ? new StripeWebhookVerifier(createStripeClient(config.STRIPE_SECRET_KEY ?? 'sk_unused', config.STRIPE_API_URL), config.STRIPE_WEBHOOK_SECRET) : null,
    },
    PaymentOutcomes,
    PaymentsService,
  ],
  exports: [PaymentsService, PaymentOutcomes],
})
export class PaymentsModule {}
