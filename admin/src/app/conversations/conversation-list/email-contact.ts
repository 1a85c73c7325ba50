import type { ConversationSummary } from '../conversation.models';

/** A visitor who left an email after hours and still waits for a person: the team should write back by email. */
export function waitsForEmailReply(conversation: ConversationSummary): boolean {
  return !!conversation.visitor.email && conversation.status === 'WAITING_FOR_HUMAN';
}
