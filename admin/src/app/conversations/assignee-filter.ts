import type { ConversationSummary } from './conversation.models';

/** Who a conversation is with: anyone, me, or nobody yet (the queue). */
export type AssigneeFilter = 'mine' | 'unassigned';

export const ASSIGNEE_FILTER_LABELS: Readonly<Record<AssigneeFilter, string>> = {
  mine: 'Assigned to me',
  unassigned: 'Unassigned',
};

/** Reads `?assignee=` from the URL; anything else means "anyone". */
export function parseAssigneeFilter(raw: string | null | undefined): AssigneeFilter | null {
  const wanted = raw?.trim().toLowerCase();
  return wanted === 'mine' || wanted === 'unassigned' ? wanted : null;
}

/** Whether a conversation belongs in a list filtered by assignee, for the signed-in member `me`. */
export function matchesAssignee(conversation: ConversationSummary, filter: AssigneeFilter | null, me: string | null): boolean {
  if (filter === 'mine') return conversation.assignee?.id === me;
  if (filter === 'unassigned') return conversation.assignee === null;
  return true;
}
