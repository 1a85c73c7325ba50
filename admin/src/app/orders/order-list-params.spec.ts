import { orderExportQuery, orderFilterOf, orderListQuery, parseOrderListParams, type OrderListParams } from './order-list-params';

const reader = (params: Record<string, string>) => ({ get: (name: string) => params[name] ?? null });
const none: OrderListParams = { status: null, paymentState: null, fromChat: false, from: null, to: null, search: '', after: null };

describe('order list params', () => {
  it('reads the filters from the URL and ignores values that do not exist', () => {
    expect(parseOrderListParams(reader({ status: 'shipped', q: ' ana ', payment: 'partially_refunded', source: 'chat', from: '2026-03-01', to: '2026-03-31' }))).toEqual({
      status: 'SHIPPED',
      paymentState: 'partially_refunded',
      fromChat: true,
      from: '2026-03-01',
      to: '2026-03-31',
      search: 'ana',
      after: null,
    });
    expect(parseOrderListParams(reader({ status: 'lost', payment: 'sort_of', source: 'mail', from: 'yesterday', to: '2026-13-45' }))).toEqual(none);
  });

  it('starts from the first page when a filter changes, keeps the page otherwise', () => {
    const current = { ...none, after: 'cursor-2' };
    expect(orderListQuery(current, { status: 'PAID' })).toEqual({ status: 'paid', payment: null, source: null, from: null, to: null, q: null, after: null });
    expect(orderListQuery(current, { fromChat: true, paymentState: 'refunded' })).toMatchObject({ source: 'chat', payment: 'refunded', after: null });
    expect(orderListQuery(current, { after: 'cursor-3' })).toMatchObject({ after: 'cursor-3' });
  });

  it('turns whole local days into the API’s date range, and the filter into the export’s query string', () => {
    const filter = orderFilterOf({ ...none, status: 'SHIPPED', paymentState: 'paid', fromChat: true, from: '2026-03-01', to: '2026-03-31', search: 'ana' });
    expect(filter).toEqual({
      status: ['SHIPPED'],
      paymentState: 'paid',
      source: 'chat',
      createdAfter: new Date(2026, 2, 1).toISOString(),
      createdBefore: new Date(2026, 3, 1).toISOString(),
      search: 'ana',
    });
    const query = new URLSearchParams(orderExportQuery(filter).slice(1));
    expect(Object.fromEntries(query)).toEqual({
      status: 'shipped',
      paymentState: 'paid',
      source: 'chat',
      createdAfter: new Date(2026, 2, 1).toISOString(),
      createdBefore: new Date(2026, 3, 1).toISOString(),
      search: 'ana',
    });
    expect(orderExportQuery(orderFilterOf(none))).toBe('');
  });
});
