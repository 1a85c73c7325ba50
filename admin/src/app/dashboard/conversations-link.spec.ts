import { parseStartedFilter } from '../conversations/started-filter';
import { parseStatusFilter } from '../conversations/status-filter';
import { conversationsLink } from './conversations-link';

describe('dashboard links to the conversations behind a figure', () => {
  const period = { from: '2026-03-01', to: '2026-03-31' };

  it("opens the conversations list on the dashboard's period", () => {
    expect(conversationsLink(period)).toEqual({ path: '/conversations', query: { from: '2026-03-01', to: '2026-03-31' } });
  });

  it('adds the status a figure is about, as the list reads it from the URL', () => {
    const link = conversationsLink(period, 'WAITING_FOR_HUMAN');
    expect(link.query).toEqual({ status: 'waiting_for_human', from: '2026-03-01', to: '2026-03-31' });
    expect(parseStatusFilter(link.query['status'])).toBe('WAITING_FOR_HUMAN');
    expect(parseStartedFilter(link.query['from'], link.query['to'])).toEqual(period);
  });
});
