export enum ConversationStatus {
  BOT = 'bot',
  WAITING_FOR_HUMAN = 'waiting_for_human',
  ASSIGNED = 'assigned',
  RESOLVED = 'resolved',
  SNOOZED = 'snoozed',
}

export enum MessageAuthor {
  VISITOR = 'visitor',
  BOT = 'bot',
  AGENT = 'agent',
  SYSTEM = 'system',
}

export enum ConversationEventType {
  CONVERSATION_CREATED = 'conversation_created',
  MESSAGE_CREATED = 'message_created',
  CONVERSATION_UPDATED = 'conversation_updated',
}

/** Longest visitor or agent message accepted, in characters. */
export const MAX_MESSAGE_LENGTH = 4000;
