import { ConversationStatus } from '@shopdesk/shared';
import type { ConversationStatusName } from './conversation.models';

export const STATUS_NAMES = Object.keys(ConversationStatus) as ConversationStatusName[];

export const STATUS_LABELS: Readonly<Record<ConversationStatusName, string>> = {
  BOT: 'With assistant',
  WAITING_FOR_HUMAN: 'Waiting for agent',
  ASSIGNED: 'Assigned',
  RESOLVED: 'Resolved',
  SNOOZED: 'Snoozed',
};

/**
 * Reads `?status=` from the URL. The URL carries the readable stored value
 * (`waiting_for_human`); the enum key is accepted too. Anything else means "all".
 */
export function parseStatusFilter(raw: string | null | undefined): ConversationStatusName | null {
  if (!raw) return null;
  const wanted = raw.trim().toLowerCase();
  return STATUS_NAMES.find((name) => ConversationStatus[name] === wanted || name.toLowerCase() === wanted) ?? null;
}

/** The `?status=` value for a filter; null removes the parameter. */
export function statusFilterParam(status: ConversationStatusName | null): string | null {
  return status ? ConversationStatus[status] : null;
}
