import type { ConversationStatusName } from '../conversations/conversation.models';
import { startedFilterParams } from '../conversations/started-filter';
import { statusFilterParam } from '../conversations/status-filter';
import type { DayRange } from './analytics.models';

export interface ConversationsLink {
  readonly path: string;
  readonly query: Record<string, string>;
}

/**
 * The conversations page listing those that started in `range` (and have `status` now): the same
 * conversations the dashboard counts for that period, read in the store's calendar on both sides.
 */
export function conversationsLink(range: DayRange, status: ConversationStatusName | null = null): ConversationsLink {
  const { from, to } = startedFilterParams(range);
  const statusParam = statusFilterParam(status);
  return { path: '/conversations', query: { ...(statusParam ? { status: statusParam } : {}), ...(from && to ? { from, to } : {}) } };
}
