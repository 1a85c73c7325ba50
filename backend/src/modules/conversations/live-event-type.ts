import { ConversationEventType } from '@shopdesk/shared';

/**
 * Kinds of live events. The stored ones come from the shared enum; typing and read markers are
 * live-only and never stored.
 */
export const LiveEventType = {
  ...ConversationEventType,
  TYPING: 'typing',
  READ: 'read',
  MESSAGE_DELTA: 'message_delta',
} as const;

export type LiveEventType = (typeof LiveEventType)[keyof typeof LiveEventType];
