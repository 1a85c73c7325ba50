import { BadRequestException, Controller, Headers, HttpCode, Logger, NotFoundException, Optional, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { PaymentsService } from './payments.service';
import { StripeWebhookVerifier } from './stripe-webhook-verifier';

/** Mounted with a raw-body parser in create-app, so the bytes Stripe signed reach the verifier untouched. */
export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

/**
 * Stripe's webhook endpoint. The signature is the only credential: no staff or visitor token applies,
 * so the access guard lets plain HTTP routes through and this route guards itself.
 */
@Controller('webhooks')
export class StripeWebhookController {
  private readonly logger = new Logger('Payments');

  constructor(
    private readonly payments: PaymentsService,
    @Optional() private readonly verifier?: StripeWebhookVerifier,
  ) {}

  @Post('stripe')
  @HttpCode(200)
  async receive(@Req() req: Request, @Headers('stripe-signature') signature?: string): Promise<{ received: true; outcome: string }> {
    if (!this.verifier) throw new NotFoundException();
    const raw: unknown = req.body;
    if (!Buffer.isBuffer(raw)) throw new BadRequestException('Expected the raw request body');
    let event;
    try {
      event = this.verifier.verify(raw, signature);
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    // A failure here answers 500, and Stripe delivers the event again later.
    const outcome = await this.payments.applyStripeEvent(event);
    this.logger.log({ eventId: event.id, type: event.type, outcome }, 'Stripe event');
    return { received: true, outcome };
  }
}
