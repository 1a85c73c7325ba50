import type { ChatMessage } from './chat-types';
import { contiguousSeq, mergeMessages } from './message-merge';

function message(seq: number, text = `message ${seq}`, id = `m${seq}`): ChatMessage {
  return { id, conversationId: 'c1', seq, author: seq % 2 ? 'VISITOR' : 'BOT', text, createdAt: '2025-01-01T12:00:00.000Z' };
}

const seqs = (messages: readonly ChatMessage[]) => messages.map((m) => m.seq);

describe('mergeMessages', () => {
  it('orders messages that arrive out of order by seq', () => {
    const { messages } = mergeMessages([message(1)], [message(4), message(2), message(3)]);
    expect(seqs(messages)).toEqual([1, 2, 3, 4]);
  });

  it('keeps one copy of a message delivered twice', () => {
    const first = mergeMessages([], [message(1), message(2)]);
    const again = mergeMessages(first.messages, [message(2), message(2)]);
    expect(seqs(again.messages)).toEqual([1, 2]);
    expect(again.added).toEqual([]);
  });

  it('reports only the unseen part of a refetch that overlaps what the feed delivered', () => {
    const fromFeed = mergeMessages([], [message(1), message(2), message(3)]);
    const refetch = mergeMessages(fromFeed.messages, [message(2), message(3), message(4), message(5)]);
    expect(seqs(refetch.messages)).toEqual([1, 2, 3, 4, 5]);
    expect(seqs(refetch.added)).toEqual([4, 5]);
  });

  it('replaces an earlier copy with the latest one from the server', () => {
    const { messages } = mergeMessages([message(1, 'draft')], [message(1, 'final')]);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toBe('final');
  });

  it('does not change the list it was given', () => {
    const existing = [message(2)];
    mergeMessages(existing, [message(1)]);
    expect(seqs(existing)).toEqual([2]);
  });
});

describe('contiguousSeq', () => {
  it('follows the run without holes', () => {
    expect(contiguousSeq([message(1), message(2), message(3)], 0)).toBe(3);
  });

  it('stops before a hole so the missing message gets fetched', () => {
    expect(contiguousSeq([message(1), message(2), message(5)], 0)).toBe(2);
  });

  it('starts from what is already synced', () => {
    expect(contiguousSeq([message(1), message(7), message(8)], 6)).toBe(8);
  });
});
