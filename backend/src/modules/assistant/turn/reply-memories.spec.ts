import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import type { ConversationSnapshot } from '../../conversations/conversation-events';
import { EMPTY_STATE } from '../providers/assistant-provider';
import { ReplyMemories } from './reply-memories';

function conversation(id: string, status = ConversationStatus.BOT): ConversationSnapshot {
  return { id, visitorId: 'v1', status, lastSeq: 0 } as ConversationSnapshot;
}

const visitorSays = (seq: number, text: string) => ({ seq, author: MessageAuthor.VISITOR, internal: false, text });
const botSays = (seq: number, text: string) => ({ seq, author: MessageAuthor.BOT, internal: false, text });

describe('ReplyMemories', () => {
  it('grows message by message in sequence, keeping only words of the visitor and the assistant, newest last', () => {
    const memories = new ReplyMemories(10, 3);
    memories.remember('c1', { conversation: conversation('c1'), lastSeq: 1, lines: [{ role: 'visitor', text: 'hi' }], state: EMPTY_STATE });
    memories.heard(conversation('c1'), botSays(2, 'Hello!'));
    memories.heard(conversation('c1'), { seq: 3, author: MessageAuthor.AGENT, internal: true, text: 'note to self' });
    memories.heard(conversation('c1'), visitorSays(4, 'boots?'));
    memories.heard(conversation('c1'), botSays(5, 'We have three.'));
    const recalled = memories.recall('c1')!;
    expect(recalled.lastSeq).toBe(5);
    expect(recalled.lines).toEqual([
      { role: 'assistant', text: 'Hello!' },
      { role: 'visitor', text: 'boots?' },
      { role: 'assistant', text: 'We have three.' },
    ]);
  });

  it('forgets a conversation once a message was missed, and ignores one it already has', () => {
    const memories = new ReplyMemories(10, 20);
    memories.remember('c1', { conversation: conversation('c1'), lastSeq: 4, lines: [], state: EMPTY_STATE });
    memories.heard(conversation('c1'), visitorSays(4, 'already counted'));
    expect(memories.recall('c1')!.lines).toEqual([]);
    memories.heard(conversation('c1'), visitorSays(6, 'after a gap'));
    expect(memories.recall('c1')).toBeUndefined();
  });

  it('follows status changes and the state the last turn left; a recalled copy does not change the memory', () => {
    const memories = new ReplyMemories(10, 20);
    memories.remember('c1', { conversation: conversation('c1'), lastSeq: 1, lines: [{ role: 'visitor', text: 'hi' }], state: EMPTY_STATE });
    memories.statusChanged(conversation('c1', ConversationStatus.ASSIGNED));
    const state = { pendingIntent: 'track_order', slots: { email: 'a@b.c' } };
    memories.turnRecorded('c1', state);
    const copy = memories.recall('c1')!;
    copy.lines.push({ role: 'visitor', text: 'changed' });
    expect(memories.recall('c1')).toMatchObject({ conversation: { status: ConversationStatus.ASSIGNED }, state, lines: [{ role: 'visitor', text: 'hi' }] });
  });

  it('forgets the least recently used conversation beyond its capacity', () => {
    const memories = new ReplyMemories(2, 20);
    for (const id of ['c1', 'c2']) memories.remember(id, { conversation: conversation(id), lastSeq: 1, lines: [], state: EMPTY_STATE });
    memories.recall('c1');
    memories.remember('c3', { conversation: conversation('c3'), lastSeq: 1, lines: [], state: EMPTY_STATE });
    expect(memories.recall('c2')).toBeUndefined();
    expect(memories.recall('c1')).toBeDefined();
    expect(memories.recall('c3')).toBeDefined();
  });
});
