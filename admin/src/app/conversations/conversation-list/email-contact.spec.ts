import { conversationSummary } from '../conversation-fixtures';
import type { ConversationSummary } from '../conversation.models';
import { waitsForEmailReply } from './email-contact';

const conversation = (status: ConversationSummary['status'], email: string | null): ConversationSummary =>
  conversationSummary({ status, visitor: { id: 'v', displayName: 'Visitor 1', email } });

describe('waitsForEmailReply', () => {
  it('marks a waiting conversation whose visitor left an email', () => {
    expect(waitsForEmailReply(conversation('WAITING_FOR_HUMAN', 'ana@example.com'))).toBe(true);
  });

  it('does not mark it once someone took it, or when no email was left', () => {
    expect(waitsForEmailReply(conversation('ASSIGNED', 'ana@example.com'))).toBe(false);
    expect(waitsForEmailReply(conversation('RESOLVED', 'ana@example.com'))).toBe(false);
    expect(waitsForEmailReply(conversation('WAITING_FOR_HUMAN', null))).toBe(false);
  });
});
