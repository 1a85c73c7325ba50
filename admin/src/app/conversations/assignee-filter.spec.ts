import type { ConversationSummary } from './conversation.models';
import { matchesAssignee, parseAssigneeFilter } from './assignee-filter';

const conversation = (assignee: ConversationSummary['assignee']): ConversationSummary => ({
  id: 'c',
  status: assignee ? 'ASSIGNED' : 'WAITING_FOR_HUMAN',
  visitor: { id: 'v', displayName: 'Visitor 1' },
  createdAt: '2025-01-01T12:00:00.000Z',
  lastMessageAt: '2025-01-01T12:00:00.000Z',
  lastMessagePreview: null,
  assignee,
  unreadCount: 0,
  lastSeq: 0,
  visitorReadSeq: 0,
});

describe('assignee filter', () => {
  it('reads the URL value, ignoring case, and treats anything else as "anyone"', () => {
    expect(parseAssigneeFilter('Mine')).toBe('mine');
    expect(parseAssigneeFilter('unassigned')).toBe('unassigned');
    expect(parseAssigneeFilter('someone-else')).toBeNull();
    expect(parseAssigneeFilter(null)).toBeNull();
  });

  it('keeps my conversations under "mine" and the ones nobody has under "unassigned"', () => {
    const mine = conversation({ id: 'me', name: 'Me' });
    const theirs = conversation({ id: 'them', name: 'Them' });
    const queued = conversation(null);
    expect([mine, theirs, queued].map((c) => matchesAssignee(c, 'mine', 'me'))).toEqual([true, false, false]);
    expect([mine, theirs, queued].map((c) => matchesAssignee(c, 'unassigned', 'me'))).toEqual([false, false, true]);
    expect([mine, theirs, queued].map((c) => matchesAssignee(c, null, 'me'))).toEqual([true, true, true]);
  });
});
