import { orderListQuery, parseOrderListParams } from './order-list-params';

const reader = (params: Record<string, string>) => ({ get: (name: string) => params[name] ?? null });

describe('order list params', () => {
  it('reads a status filter from the URL and ignores ones that do not exist', () => {
    expect(parseOrderListParams(reader({ status: 'shipped', q: ' ana ' }))).toEqual({ status: 'SHIPPED', search: 'ana', after: null });
    expect(parseOrderListParams(reader({ status: 'lost' })).status).toBeNull();
  });

  it('starts from the first page when the filter changes, keeps the page otherwise', () => {
    const current = { status: null, search: '', after: 'cursor-2' };
    expect(orderListQuery(current, { status: 'PAID' })).toEqual({ status: 'paid', q: null, after: null });
    expect(orderListQuery(current, { after: 'cursor-3' })).toEqual({ status: null, q: null, after: 'cursor-3' });
  });
});
