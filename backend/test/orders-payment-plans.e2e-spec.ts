// Boots a server against a loopback Stripe: payment plans split orders, collect instalments and remind.
jest.setTimeout(90_000);

import { Client } from 'pg';
import { JobQueuePort } from '../src/platform/jobs/job-queue.port';
import { PLAN_REMINDER_JOB, PlanReminderJob } from '../src/modules/orders/payment-plan-reminder.processor';
import { createWidgetKey, SEND, STORE_ORIGIN, waitForTranscript } from './support/chat-fixtures';
import { FAKE_STRIPE_KEY, FAKE_WEBHOOK_SECRET, FakeSession, FakeStripeServer } from './support/fake-stripe-server';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { ADD_TO_CART, CANCEL, CHECKOUT, CustomerOrderShape, eventually, newShopper, ORDER_FIELDS, OrderShape, Result, seedProducts, stockOf } from './support/order-fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface InstalmentShape {
  id: string;
  number: number;
  count: number;
  amount: number;
  dueAt: string;
  status: 'PENDING' | 'PAID' | 'CANCELLED';
  overdue: boolean;
  paidAt: string | null;
  paymentUrl: string | null;
}

interface PlannedOrder extends OrderShape {
  paymentPlan: { outstanding: number; instalments: InstalmentShape[] } | null;
  events: Array<{ type: string; message: string }>;
  payments: Array<{ provider: string; status: string; amount: number; refunded: number }>;
}

interface CustomerPlanShape {
  status: string;
  paymentUrl: string | null;
  instalments: Array<{ number: number; amount: number; dueAt: string; status: string }>;
}

interface OutstandingShape {
  customerEmail: string;
  total: number;
  overdue: number;
  items: Array<{ orderNumber: string; instalmentNumber: number | null; instalmentCount: number | null; amount: number; dueAt: string | null; overdue: boolean }>;
}

const ERRORS = `... on ErrorResult { code message }`;
const INSTALMENT_FIELDS = `id number count amount dueAt status overdue paidAt paymentUrl`;
const PLANNED_ORDER_FIELDS = `${ORDER_FIELDS} paymentPlan { outstanding instalments { ${INSTALMENT_FIELDS} } } events { type message } payments { provider status amount refunded }`;
const CREATE_PLAN = `mutation($input: CreatePaymentPlanInput!) {
  createPaymentPlan(input: $input) { __typename ... on Order { ${PLANNED_ORDER_FIELDS} } ${ERRORS} ... on InstalmentCountError { min max } }
}`;
const SEND_LINK = `mutation($id: ID!) { sendInstalmentLink(instalmentId: $id) { __typename ... on PaymentInstalment { ${INSTALMENT_FIELDS} } ${ERRORS} } }`;
const MARK_INSTALMENT_PAID = `mutation($id: ID!) { markInstalmentPaid(instalmentId: $id) { __typename ... on PaymentInstalment { ${INSTALMENT_FIELDS} } ${ERRORS} } }`;
const PLANNED_ORDER = `query($id: ID!) { order(id: $id) { ${PLANNED_ORDER_FIELDS} } }`;
const OUTSTANDING = `query($email: String!) {
  outstandingBalance(customerEmail: $email) { customerEmail total overdue items { orderNumber instalmentNumber instalmentCount amount dueAt overdue } }
}`;
const TRACK_PLAN = `query($input: TrackOrderInput!) { trackOrder(input: $input) { ... on CustomerOrder { status paymentUrl instalments { number amount dueAt status } } } }`;
const PLAN_SETTINGS = `mutation($input: UpdateOrderSettingsInput!) { updateOrderSettings(input: $input) { paymentPlanMinimum paymentPlanInstalments } }`;
const CHECKOUT_BLOCKS = `query($id: ID!) {
  conversation(id: $id) { messages(afterSeq: 0) { id seq author blocks { __typename ... on CheckoutLinkBlock { orderNumber total paymentUrl dueNow instalmentCount } } } }
}`;
const ORDER_ID = `query($search: String) { orders(filter: { search: $search }) { edges { node { id } } } }`;

const DAY_MS = 24 * 60 * 60 * 1000;

describe('orders: payment plans', () => {
  let t: TestApp;
  let stripe: FakeStripeServer;
  let store: SignedUpStore;
  let other: SignedUpStore;
  let publicKey: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stripe = await new FakeStripeServer().start();
    t = await startTestApp({ env: { STRIPE_SECRET_KEY: FAKE_STRIPE_KEY, STRIPE_WEBHOOK_SECRET: FAKE_WEBHOOK_SECRET, STRIPE_API_URL: stripe.url } });
    store = await signUpStore(t.client(), 'Sofa Shop');
    other = await signUpStore(t.client(), 'Other Shop');
    publicKey = await createWidgetKey(store.client);
    ids = await seedProducts(store.client, [{ sku: 'SOFA', name: 'Three-seat sofa', price: 100, stock: 50 }]);
  });
  afterAll(async () => {
    await t.close();
    await stripe.stop();
  });

  const orderOf = async (id: string, client: GraphQLClient = store.client): Promise<PlannedOrder> => (await client.ok<{ order: PlannedOrder }>(PLANNED_ORDER, { id })).order;
  const sessionAt = (url: string | null): FakeSession => {
    const session = [...stripe.sessions.values()].find((s) => s.url === url);
    if (!session) throw new Error(`No checkout session at ${url}`);
    return session;
  };
  /** A shopper checks out `quantity` sofas (100.00 each); returns the order's id and its original session. */
  const buy = async (email: string, quantity = 1): Promise<{ orderId: string; number: string; session: FakeSession; shopper: GraphQLClient }> => {
    const shopper = await newShopper(t.url, publicKey);
    await shopper.ok(ADD_TO_CART, { input: { variantId: ids['SOFA'], quantity } });
    const result = (await shopper.ok<{ checkout: Result<{ order: CustomerOrderShape }> }>(CHECKOUT, { input: { email } })).checkout;
    if (!('order' in result)) throw new Error(JSON.stringify(result));
    const { orders } = await store.client.ok<{ orders: { edges: Array<{ node: { id: string } }> } }>(ORDER_ID, { search: result.order.number });
    return { orderId: orders.edges[0].node.id, number: result.order.number, session: stripe.sessionByOrderNumber(result.order.number), shopper };
  };
  const createPlan = async (orderId: string, instalments: number, intervalDays?: number): Promise<Result<PlannedOrder>> =>
    (await store.client.ok<{ createPaymentPlan: Result<PlannedOrder> }>(CREATE_PLAN, { input: { orderId, instalments, intervalDays } })).createPaymentPlan;
  const plan = async (orderId: string, instalments: number, intervalDays?: number): Promise<PlannedOrder> => {
    const result = await createPlan(orderId, instalments, intervalDays);
    if (result.__typename !== 'Order') throw new Error(JSON.stringify(result));
    return result as PlannedOrder;
  };
  const payOnStripe = async (url: string | null): Promise<string> => {
    const { completed } = stripe.pay(sessionAt(url).id);
    return (await stripe.deliver(t.url, completed)).body.outcome as string;
  };
  const sendLink = async (instalmentId: string, client: GraphQLClient = store.client) =>
    (await client.ok<{ sendInstalmentLink: Result<InstalmentShape> }>(SEND_LINK, { id: instalmentId })).sendInstalmentLink;
  /** An order of `quantity` sofas in a plan of `count` whose deposit (instalment 1) was paid through Stripe. */
  const depositPaid = async (email: string, count: number, quantity = 1): Promise<PlannedOrder> => {
    const { orderId } = await buy(email, quantity);
    const planned = await plan(orderId, count);
    expect(await payOnStripe(planned.paymentPlan!.instalments[0].paymentUrl)).toBe('paid: applied');
    return orderOf(orderId);
  };

  it('splits the total exactly and replaces the payment link with the first instalment’s', async () => {
    const { orderId, number, session: original } = await buy('split@example.com');
    const planned = await plan(orderId, 3);

    const instalments = planned.paymentPlan!.instalments;
    expect(instalments.map((i) => [i.number, i.count, i.amount, i.status])).toEqual([
      [1, 3, 33.34, 'PENDING'],
      [2, 3, 33.33, 'PENDING'],
      [3, 3, 33.33, 'PENDING'],
    ]);
    expect(planned.paymentPlan!.outstanding).toBe(100);
    expect(Math.abs(new Date(instalments[0].dueAt).getTime() - Date.now())).toBeLessThan(60_000);
    expect(new Date(instalments[2].dueAt).getTime() - new Date(instalments[1].dueAt).getTime()).toBe(30 * DAY_MS);
    // Only the first instalment can be paid now, through its own Checkout Session.
    expect(instalments.slice(1).map((i) => i.paymentUrl)).toEqual([null, null]);
    const first = sessionAt(instalments[0].paymentUrl);
    expect(first).toMatchObject({ amount_total: 3334, metadata: { order_number: number, instalment_id: instalments[0].id } });
    expect(first.line_items).toEqual([{ quantity: 1, price_data: { currency: 'usd', unit_amount: 3334, product_data: { name: `Order ${number} — instalment 1 of 3` } } }]);
    await eventually(async () => stripe.sessions.get(original.id)!.status, (status) => status === 'expired');
    expect(planned.payments.map((p) => [p.status, p.amount])).toEqual([
      ['cancelled', 100],
      ['pending', 33.34],
    ]);
  });

  it('makes the order paid when the first instalment’s webhook arrives, selling the stock', async () => {
    const before = await stockOf(store.client, ids['SOFA']);
    const { orderId, number, shopper } = await buy('deposit@example.com', 2);
    const planned = await plan(orderId, 4);
    expect(planned.paymentPlan!.instalments.map((i) => i.amount)).toEqual([50, 50, 50, 50]);
    // The shopper is sent to the first instalment's page and sees the plan.
    const tracked = (await shopper.ok<{ trackOrder: CustomerPlanShape }>(TRACK_PLAN, { input: { number } })).trackOrder;
    expect(tracked.paymentUrl).toBe(planned.paymentPlan!.instalments[0].paymentUrl);
    expect(tracked.instalments.map((i) => [i.number, i.amount, i.status])).toEqual([
      [1, 50, 'PENDING'],
      [2, 50, 'PENDING'],
      [3, 50, 'PENDING'],
      [4, 50, 'PENDING'],
    ]);

    expect(await payOnStripe(planned.paymentPlan!.instalments[0].paymentUrl)).toBe('paid: applied');
    const order = await orderOf(orderId);
    expect(order).toMatchObject({ status: 'PAID', paid: 50, total: 200 });
    expect(order.paymentPlan!.instalments.map((i) => i.status)).toEqual(['PAID', 'PENDING', 'PENDING', 'PENDING']);
    expect(order.paymentPlan!.outstanding).toBe(150);
    expect(order.events.map((e) => e.message)).toContain('Instalment 1 of 4 paid: 50.00 USD');
    expect(await stockOf(store.client, ids['SOFA'])).toEqual({ onHand: before.onHand - 2, reserved: before.reserved, available: before.available - 2 });
    const afterDeposit = (await shopper.ok<{ trackOrder: CustomerPlanShape }>(TRACK_PLAN, { input: { number } })).trackOrder;
    expect(afterDeposit).toMatchObject({ status: 'PAID', paymentUrl: null });
    expect(afterDeposit.instalments.map((i) => i.status)).toEqual(['PAID', 'PENDING', 'PENDING', 'PENDING']);
  });

  it('collects a later instalment by its own link, once, whatever order the events come in', async () => {
    const order = await depositPaid('later@example.com', 3);
    const [, second, third] = order.paymentPlan!.instalments;

    // Instalment 3 before instalment 2, and the intent's event before the session's.
    const link = await sendLink(third.id);
    expect(link).toMatchObject({ __typename: 'PaymentInstalment', number: 3, status: 'PENDING' });
    const session = sessionAt((link as InstalmentShape).paymentUrl);
    expect(session).toMatchObject({ amount_total: 3333, metadata: { instalment_id: third.id } });
    const { completed, intentSucceeded } = stripe.pay(session.id);
    expect((await stripe.deliver(t.url, intentSucceeded)).body.outcome).toBe('paid: applied');
    expect((await stripe.deliver(t.url, completed)).body.outcome).toBe('paid: already_paid');
    expect((await stripe.deliver(t.url, completed)).body.outcome).toBe('duplicate');

    const after = await orderOf(order.id);
    expect(after).toMatchObject({ status: 'PAID', paid: 66.67 });
    expect(after.paymentPlan!.instalments.map((i) => i.status)).toEqual(['PAID', 'PENDING', 'PAID']);
    expect(after.events.filter((e) => e.type === 'instalment_paid').map((e) => e.message)).toEqual([
      'Instalment 1 of 3 paid: 33.34 USD',
      'Instalment 3 of 3 paid: 33.33 USD',
    ]);
    expect(await sendLink(third.id)).toMatchObject({ __typename: 'InstalmentAlreadyPaidError', code: 'INSTALMENT_ALREADY_PAID' });
    expect(await sendLink(second.id)).toMatchObject({ __typename: 'PaymentInstalment', paymentUrl: expect.stringContaining('http') });
  });

  it('marks an instalment paid by hand, closing its link; money still arriving through the link goes back', async () => {
    const order = await depositPaid('manual@example.com', 2);
    const second = order.paymentPlan!.instalments[1];
    const link = (await sendLink(second.id)) as InstalmentShape;

    const marked = (await store.client.ok<{ markInstalmentPaid: Result<InstalmentShape> }>(MARK_INSTALMENT_PAID, { id: second.id })).markInstalmentPaid;
    expect(marked).toMatchObject({ __typename: 'PaymentInstalment', status: 'PAID', paymentUrl: null });
    const after = await orderOf(order.id);
    expect(after).toMatchObject({ paid: 100, paymentState: 'paid' });
    expect(after.paymentPlan!.outstanding).toBe(0);
    expect(after.payments.map((p) => [p.provider, p.status, p.amount])).toEqual([
      ['stripe', 'cancelled', 100],
      ['stripe', 'succeeded', 50],
      ['stripe', 'cancelled', 50],
      ['manual', 'succeeded', 50],
    ]);
    await eventually(async () => sessionAt(link.paymentUrl).status, (status) => status === 'expired');

    // The shopper had the page open and paid anyway: refunded, not counted twice.
    const late = sessionAt(link.paymentUrl);
    late.status = 'open';
    expect(await payOnStripe(link.paymentUrl)).toBe('paid: refund');
    const refunded = await eventually(() => orderOf(order.id), (o) => o.refunded === 50);
    expect(refunded).toMatchObject({ status: 'PAID', paid: 150, refunded: 50 });
    expect(refunded.events.map((e) => e.type)).toContain('instalment_payment_refused');
    const again = (await store.client.ok<{ markInstalmentPaid: Result<InstalmentShape> }>(MARK_INSTALMENT_PAID, { id: second.id })).markInstalmentPaid;
    expect(again).toMatchObject({ __typename: 'InstalmentAlreadyPaidError' });
  });

  it('refuses plans out of range, on paid orders or twice, and later instalments before the deposit', async () => {
    const { orderId } = await buy('refused@example.com');
    expect(await createPlan(orderId, 1)).toMatchObject({ __typename: 'InstalmentCountError', code: 'INSTALMENT_COUNT_OUT_OF_RANGE', min: 2, max: 12 });
    expect(await createPlan(orderId, 13)).toMatchObject({ __typename: 'InstalmentCountError' });
    const planned = await plan(orderId, 2);
    expect(await createPlan(orderId, 3)).toMatchObject({ __typename: 'PaymentPlanNotAllowedError', code: 'PAYMENT_PLAN_NOT_ALLOWED' });
    expect(await sendLink(planned.paymentPlan!.instalments[1].id)).toMatchObject({ __typename: 'PaymentPlanNotAllowedError' });

    const paid = await buy('refused@example.com');
    await payOnStripe(paid.session.url);
    expect(await createPlan(paid.orderId, 2)).toMatchObject({ __typename: 'PaymentPlanNotAllowedError' });
    expect((await orderOf(paid.orderId)).paymentPlan).toBeNull();
  });

  it('reminds through a job that notes the timeline, and does nothing once the instalment is paid', async () => {
    const { orderId } = await buy('remind@example.com');
    // Daily instalments: the reminders of 2 and 3 (due in 1 and 2 days) are already due, so their jobs run at once.
    const planned = await plan(orderId, 3, 1);
    const [first, second, third] = planned.paymentPlan!.instalments;
    const reminders = async () => (await orderOf(orderId)).events.filter((e) => e.type === 'instalment_reminder').map((e) => e.message);
    const dueDay = (i: InstalmentShape) => i.dueAt.slice(0, 10);
    expect(await eventually(reminders, (m) => m.length === 2)).toEqual(
      expect.arrayContaining([`Reminder sent for instalment 2 of 3 (33.33 USD), due ${dueDay(second)}`, `Reminder sent for instalment 3 of 3 (33.33 USD), due ${dueDay(third)}`]),
    );

    await payOnStripe(first.paymentUrl);
    await store.client.ok(MARK_INSTALMENT_PAID, { id: second.id });
    // The same job again, run at once: the paid instalment's is a no-op, the unpaid one's reminds again.
    // (Not drained: the plan's overdue jobs are still waiting days ahead.)
    const queue = t.app.get(JobQueuePort);
    await queue.enqueue<PlanReminderJob>(PLAN_REMINDER_JOB, { tenantId: store.tenantId, instalmentId: second.id, kind: 'reminder' }, { delayMs: 0 });
    await queue.enqueue<PlanReminderJob>(PLAN_REMINDER_JOB, { tenantId: store.tenantId, instalmentId: third.id, kind: 'reminder' }, { delayMs: 0 });
    const after = await eventually(reminders, (m) => m.length === 3);
    expect(after.filter((m) => m.includes('instalment 2 of 3'))).toHaveLength(1);
    expect(after.filter((m) => m.includes('instalment 3 of 3'))).toHaveLength(2);
  });

  it('adds up what one customer owes across orders: unpaid instalments and unpaid orders', async () => {
    const email = 'Owes@Example.com';
    const planned = await depositPaid(email.toLowerCase(), 3, 3);
    const unpaid = await buy(email.toLowerCase());
    await buy('someone-else@example.com');

    const { outstandingBalance } = await store.client.ok<{ outstandingBalance: OutstandingShape }>(OUTSTANDING, { email });
    expect(outstandingBalance).toMatchObject({ customerEmail: 'owes@example.com', total: 300, overdue: 0 });
    // Soonest due first: the unpaid order (due within the hour), then the instalments.
    expect(outstandingBalance.items.map((i) => [i.orderNumber, i.instalmentNumber, i.instalmentCount, i.amount, i.overdue])).toEqual([
      [unpaid.number, null, null, 100, false],
      [planned.number, 2, 3, 100, false],
      [planned.number, 3, 3, 100, false],
    ]);
  });

  it('cancels unpaid instalments with the order and refunds each paid one', async () => {
    const order = await depositPaid('cancel@example.com', 3);
    const third = order.paymentPlan!.instalments[2];
    expect(await payOnStripe(((await sendLink(third.id)) as InstalmentShape).paymentUrl)).toBe('paid: applied');
    const before = await stockOf(store.client, ids['SOFA']);

    const cancelled = (await store.client.ok<{ cancelOrder: Result<OrderShape> }>(CANCEL, { input: { orderId: order.id, reason: 'changed their mind' } })).cancelOrder;
    expect(cancelled).toMatchObject({ __typename: 'Order', status: 'CANCELLED', paid: 66.67, refunded: 66.67 });
    const after = await orderOf(order.id);
    expect(after.paymentPlan!.instalments.map((i) => i.status)).toEqual(['PAID', 'CANCELLED', 'PAID']);
    expect(after.paymentPlan!.outstanding).toBe(0);
    expect(after.payments.filter((p) => p.status === 'succeeded').map((p) => p.refunded)).toEqual([33.34, 33.33]);
    expect(await stockOf(store.client, ids['SOFA'])).toMatchObject({ onHand: before.onHand + 1 });
    expect(await sendLink(after.paymentPlan!.instalments[1].id)).toMatchObject({ __typename: 'PaymentPlanNotAllowedError' });
  });

  it('splits checkouts from the store’s threshold on into a plan whose first instalment the shopper pays', async () => {
    const settings = await store.client.ok<{ updateOrderSettings: unknown }>(PLAN_SETTINGS, { input: { paymentPlanMinimum: 150, paymentPlanInstalments: 2 } });
    expect(settings.updateOrderSettings).toEqual({ paymentPlanMinimum: 150, paymentPlanInstalments: 2 });
    expect(errorCode(await store.client.request(PLAN_SETTINGS, { input: { paymentPlanInstalments: 13 } }))).toBe('BAD_USER_INPUT');
    try {
      const small = await buy('threshold@example.com', 1);
      expect(small.session.amount_total).toBe(10_000);
      expect((await orderOf(small.orderId)).paymentPlan).toBeNull();

      const large = await buy('threshold@example.com', 2);
      const tracked = (await large.shopper.ok<{ trackOrder: CustomerPlanShape }>(TRACK_PLAN, { input: { number: large.number } })).trackOrder;
      expect(tracked.instalments.map((i) => [i.number, i.amount, i.status])).toEqual([
        [1, 100, 'PENDING'],
        [2, 100, 'PENDING'],
      ]);
      // The checkout's only link is the first instalment's, and it brings the shopper back to the shop.
      expect(large.session).toMatchObject({ amount_total: 10_000, metadata: { instalment_id: expect.any(String) } });
      expect(large.session.success_url.startsWith(STORE_ORIGIN)).toBe(true);
      expect(tracked.paymentUrl).toBe(large.session.url);
      expect(await payOnStripe(large.session.url)).toBe('paid: applied');
      expect(await orderOf(large.orderId)).toMatchObject({ status: 'PAID', paid: 100, total: 200 });
    } finally {
      await store.client.ok(PLAN_SETTINGS, { input: { paymentPlanMinimum: null } });
    }
  });

  it('tells a shopper checking out in the chat what the link charges now when the order is split', async () => {
    interface CheckoutBlock {
      __typename: string;
      orderNumber?: string;
      total?: number;
      paymentUrl?: string | null;
      dueNow?: number | null;
      instalmentCount?: number | null;
    }
    type BlockMessage = { id: string; seq: number; author: string; blocks: CheckoutBlock[] };
    const readBlock = async (shopper: GraphQLClient, conversationId: string) => {
      const { conversation } = await shopper.ok<{ conversation: { messages: BlockMessage[] } }>(CHECKOUT_BLOCKS, { id: conversationId });
      const message = conversation.messages.find((m) => m.blocks.some((b) => b.__typename === 'CheckoutLinkBlock'));
      if (!message) throw new Error(`No checkout link in ${JSON.stringify(conversation.messages)}`);
      return { messageId: message.id, block: message.blocks.find((b) => b.__typename === 'CheckoutLinkBlock')! };
    };
    /** The built-in rules assistant asks for the email, then checks the cart of `quantity` sofas out. */
    const checkOutInChat = async (email: string, quantity: number) => {
      const shopper = await newShopper(t.url, publicKey);
      await shopper.ok(ADD_TO_CART, { input: { variantId: ids['SOFA'], quantity } });
      let conversationId: string | undefined;
      for (const text of ['checkout please', email]) {
        const sent = (await shopper.ok<{ sendMessage: { conversationId: string; seq: number } }>(SEND, { input: { conversationId, text } })).sendMessage;
        conversationId = sent.conversationId;
        await waitForTranscript(shopper, conversationId, (m) => m.some((x) => x.author === 'BOT' && x.seq > sent.seq));
      }
      return { shopper, conversationId: conversationId!, ...(await readBlock(shopper, conversationId!)) };
    };

    await store.client.ok(PLAN_SETTINGS, { input: { paymentPlanMinimum: 150, paymentPlanInstalments: 3 } });
    try {
      const large = await checkOutInChat('chat-plan@example.com', 2);
      const tracked = (await large.shopper.ok<{ trackOrder: CustomerPlanShape }>(TRACK_PLAN, { input: { number: large.block.orderNumber } })).trackOrder;
      expect(tracked.instalments.map((i) => i.amount)).toEqual([66.68, 66.66, 66.66]);
      // The link charges the first instalment, not the 200.00 total.
      expect(large.block).toEqual({ __typename: 'CheckoutLinkBlock', orderNumber: expect.any(String), total: 200, paymentUrl: tracked.paymentUrl, dueNow: 66.68, instalmentCount: 3 });
      expect(sessionAt(large.block.paymentUrl!).amount_total).toBe(6668);

      const small = await checkOutInChat('chat-whole@example.com', 1);
      expect(small.block).toMatchObject({ total: 100, dueNow: null, instalmentCount: null });

      // Blocks stored before payment plans have neither field, and read as paid in one go.
      const db = new Client({ connectionString: t.databaseUrl });
      await db.connect();
      try {
        await db.query(`UPDATE messages SET blocks = (SELECT jsonb_agg(b - 'dueNow' - 'instalmentCount') FROM jsonb_array_elements(blocks) b) WHERE id = $1`, [large.messageId]);
      } finally {
        await db.end();
      }
      expect((await readBlock(large.shopper, large.conversationId)).block).toMatchObject({ total: 200, dueNow: null, instalmentCount: null });
    } finally {
      await store.client.ok(PLAN_SETTINGS, { input: { paymentPlanMinimum: null } });
    }
  });

  it('lets another store neither see nor change a plan', async () => {
    const order = await depositPaid('private@example.com', 2);
    const second = order.paymentPlan!.instalments[1];

    expect(errorCode(await other.client.request(PLANNED_ORDER, { id: order.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(CREATE_PLAN, { input: { orderId: order.id, instalments: 2 } }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(SEND_LINK, { id: second.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.client.request(MARK_INSTALMENT_PAID, { id: second.id }))).toBe('NOT_FOUND');
    const { outstandingBalance } = await other.client.ok<{ outstandingBalance: OutstandingShape }>(OUTSTANDING, { email: 'private@example.com' });
    expect(outstandingBalance).toMatchObject({ total: 0, items: [] });

    const unchanged = await orderOf(order.id);
    expect(unchanged.paymentPlan!.instalments.map((i) => [i.status, i.paymentUrl])).toEqual([
      ['PAID', null],
      ['PENDING', null],
    ]);
    expect(unchanged.paid).toBe(50);
  });
});
