import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { parse } from 'qs';
import Stripe from 'stripe';

export const FAKE_STRIPE_KEY = 'sk_test_shopdesk_fake';
export const FAKE_WEBHOOK_SECRET = 'whsec_shopdesk_fake_secret';

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  url: string;
  expires_at: number;
  amount_total: number;
  currency: string;
  customer_email: string | null;
  client_reference_id: string | null;
  success_url: string;
  cancel_url: string;
  metadata: Record<string, string>;
  payment_intent: string | null;
  line_items: Array<{ quantity: number; price_data: { currency: string; unit_amount: number; product_data: { name: string } } }>;
  /** Set on the PaymentIntent once paid (payment_intent_data.metadata). */
  intent_metadata: Record<string, string>;
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  payment_intent: string;
  status: 'succeeded';
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * A loopback Stripe: the few endpoints the app calls (Checkout Sessions, expire, refunds), with
 * idempotency keys honoured like Stripe does, and methods that play the customer (pay, let expire)
 * and deliver signed webhook events to the app.
 */
export class FakeStripeServer {
  readonly sessions = new Map<string, FakeSession>();
  readonly refunds: FakeRefund[] = [];
  readonly requests: Array<{ method: string; path: string; body: Record<string, unknown> }> = [];
  /** Answer the next n API calls with a 500, as when Stripe is down. */
  failNext = 0;
  private readonly idempotent = new Map<string, { status: number; body: unknown }>();
  private readonly server: Server;
  private readonly signer = new Stripe(FAKE_STRIPE_KEY);
  port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  sessionByOrderNumber(orderNumber: string): FakeSession {
    const session = [...this.sessions.values()].find((s) => s.metadata.order_number === orderNumber);
    if (!session) throw new Error(`No checkout session for order ${orderNumber}`);
    return session;
  }

  /** The shopper pays: the session completes with a PaymentIntent. Returns the two events Stripe would send. */
  pay(sessionId: string): { completed: Stripe.Event; intentSucceeded: Stripe.Event } {
    const session = this.mustSession(sessionId);
    session.status = 'complete';
    session.payment_status = 'paid';
    session.payment_intent = session.payment_intent ?? id('pi');
    const intent = { id: session.payment_intent, object: 'payment_intent', amount: session.amount_total, currency: session.currency, status: 'succeeded', metadata: session.intent_metadata };
    return { completed: this.event('checkout.session.completed', this.publicSession(session)), intentSucceeded: this.event('payment_intent.succeeded', intent) };
  }

  /** The session's time runs out unpaid. */
  expire(sessionId: string): Stripe.Event {
    const session = this.mustSession(sessionId);
    session.status = 'expired';
    return this.event('checkout.session.expired', this.publicSession(session));
  }

  /** Someone refunds in the Stripe dashboard; returns the charge.refunded event Stripe would send. */
  refundInDashboard(sessionId: string, amount: number): Stripe.Event {
    const intent = this.paidIntentOf(sessionId);
    this.refunds.push({ id: id('re'), object: 'refund', amount, payment_intent: intent, status: 'succeeded' });
    return this.chargeRefunded(sessionId);
  }

  /** charge.refunded for the session's charge as it stands now, counting every refund (the app's too). */
  chargeRefunded(sessionId: string): Stripe.Event {
    const session = this.mustSession(sessionId);
    const intent = this.paidIntentOf(sessionId);
    const refunded = this.refunds.filter((r) => r.payment_intent === intent).reduce((sum, r) => sum + r.amount, 0);
    return this.event('charge.refunded', {
      id: `ch_${intent.slice(3)}`,
      object: 'charge',
      amount: session.amount_total,
      amount_refunded: refunded,
      refunded: refunded >= session.amount_total,
      currency: session.currency,
      payment_intent: intent,
      // Stripe copies the PaymentIntent's metadata onto its charge.
      metadata: session.intent_metadata,
    });
  }

  event(type: string, object: object): Stripe.Event {
    return {
      id: id('evt'),
      object: 'event',
      api_version: '2025-01-01',
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    } as unknown as Stripe.Event;
  }

  /** Posts an event to the app the way Stripe does: JSON body, Stripe-Signature over the exact bytes. */
  async deliver(
    appUrl: string,
    event: Stripe.Event,
    options: { secret?: string; timestamp?: number; signature?: string; body?: string } = {},
  ): Promise<{ status: number; body: { outcome?: string; message?: string } }> {
    const payload = options.body ?? JSON.stringify(event, null, 2);
    const signature =
      options.signature ??
      this.signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? FAKE_WEBHOOK_SECRET, timestamp: options.timestamp });
    const res = await fetch(`${appUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as { outcome?: string }) : {} };
  }

  private paidIntentOf(sessionId: string): string {
    const session = this.mustSession(sessionId);
    if (!session.payment_intent || session.payment_status !== 'paid') throw new Error(`Session ${sessionId} is not paid`);
    return session.payment_intent;
  }

  private mustSession(sessionId: string): FakeSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`Unknown session ${sessionId}`);
    return session;
  }

  private publicSession(s: FakeSession): Omit<FakeSession, 'intent_metadata' | 'line_items'> {
    const { intent_metadata: _m, line_items: _l, ...rest } = s;
    return rest;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const path = (req.url ?? '').split('?')[0];
    this.requests.push({ method: req.method ?? '', path, body });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(payload));
    };
    if (req.headers.authorization !== `Bearer ${FAKE_STRIPE_KEY}`) return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    if (this.failNext > 0) {
      this.failNext--;
      return send(500, { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end' } });
    }
    const key = req.method === 'POST' ? (req.headers['idempotency-key'] as string | undefined) : undefined;
    const cached = key ? this.idempotent.get(key) : undefined;
    if (cached) return send(cached.status, cached.body);
    const [status, payload] = this.route(req.method ?? 'GET', path, body);
    if (key && status < 500) this.idempotent.set(key, { status, body: payload });
    send(status, payload);
  }

  private route(method: string, path: string, body: Record<string, unknown>): [number, unknown] {
    if (method === 'POST' && path === '/v1/checkout/sessions') return [200, this.publicSession(this.createSession(body))];
    const expire = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path);
    if (method === 'POST' && expire) {
      const session = this.sessions.get(expire[1]);
      if (!session) return [404, { error: { type: 'invalid_request_error', message: 'No such checkout session' } }];
      if (session.status !== 'open') return [400, { error: { type: 'invalid_request_error', message: `Only open sessions can be expired; this one is ${session.status}` } }];
      session.status = 'expired';
      return [200, this.publicSession(session)];
    }
    const get = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === 'GET' && get) {
      const session = this.sessions.get(get[1]);
      return session ? [200, this.publicSession(session)] : [404, { error: { type: 'invalid_request_error', message: 'No such checkout session' } }];
    }
    if (method === 'POST' && path === '/v1/refunds') return this.createRefund(body);
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } }];
  }

  private createSession(body: Record<string, unknown>): FakeSession {
    const lineItems = (Array.isArray(body.line_items) ? body.line_items : Object.values((body.line_items as object) ?? {})) as Array<Record<string, unknown>>;
    const items = lineItems.map((l) => {
      const price = l.price_data as { currency: string; unit_amount: string; product_data: { name: string } };
      return { quantity: Number(l.quantity), price_data: { currency: price.currency, unit_amount: Number(price.unit_amount), product_data: { name: price.product_data.name } } };
    });
    const sessionId = id('cs_test');
    const intentData = (body.payment_intent_data as { metadata?: Record<string, string> } | undefined) ?? {};
    const session: FakeSession = {
      id: sessionId,
      object: 'checkout.session',
      status: 'open',
      payment_status: 'unpaid',
      url: `${this.url}/pay/${sessionId}`,
      expires_at: Number(body.expires_at ?? Math.floor(Date.now() / 1000) + 86_400),
      amount_total: items.reduce((sum, i) => sum + i.quantity * i.price_data.unit_amount, 0),
      currency: String(items[0]?.price_data.currency ?? 'usd'),
      customer_email: (body.customer_email as string | undefined) ?? null,
      client_reference_id: (body.client_reference_id as string | undefined) ?? null,
      success_url: String(body.success_url),
      cancel_url: String(body.cancel_url),
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      payment_intent: null,
      line_items: items,
      intent_metadata: intentData.metadata ?? {},
    };
    this.sessions.set(sessionId, session);
    return session;
  }

  private createRefund(body: Record<string, unknown>): [number, unknown] {
    const intent = String(body.payment_intent ?? '');
    const session = [...this.sessions.values()].find((s) => s.payment_intent === intent && s.payment_status === 'paid');
    if (!session) return [400, { error: { type: 'invalid_request_error', message: `No such payment_intent: '${intent}'` } }];
    const already = this.refunds.filter((r) => r.payment_intent === intent).reduce((sum, r) => sum + r.amount, 0);
    const amount = body.amount === undefined ? session.amount_total - already : Number(body.amount);
    if (amount <= 0 || already + amount > session.amount_total) return [400, { error: { type: 'invalid_request_error', message: 'Refund amount is greater than the unrefunded charge' } }];
    const refund: FakeRefund = { id: id('re'), object: 'refund', amount, payment_intent: intent, status: 'succeeded' };
    this.refunds.push(refund);
    return [200, refund];
  }
}
