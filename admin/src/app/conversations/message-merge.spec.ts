import type { ChatMessage } from './conversation.models';
import { lastSeq, mergeMessages } from './message-merge';

const message = (seq: number, text = `message ${seq}`, id = `m${seq}`): ChatMessage => ({
  id,
  conversationId: 'c1',
  seq,
  author: seq % 2 ? 'VISITOR' : 'BOT',
  authorName: null,
  text,
  internal: false,
  systemEvent: null,
  createdAt: new Date(Date.UTC(2025, 0, 1, 12, seq)).toISOString(),
  blocks: [],
  inReplyTo: null,
});

describe('mergeMessages', () => {
  it('appends a live message after the loaded ones', () => {
    const merged = mergeMessages([message(1), message(2)], [message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('shows a message only once when the event and a catch-up fetch both deliver it', () => {
    const merged = mergeMessages(mergeMessages([message(1)], [message(2)]), [message(2), message(3)]);
    expect(merged.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('puts messages that arrive out of order in their sequence', () => {
    const merged = mergeMessages([message(1), message(4)], [message(3), message(2)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the latest copy of a message that was delivered twice', () => {
    const merged = mergeMessages([message(1, 'draft')], [message(1, 'final')]);
    expect(merged).toHaveLength(1);
    expect(merged[0].text).toBe('final');
  });

  it('leaves the original list untouched', () => {
    const current = Object.freeze([message(2), message(1)]) as readonly ChatMessage[];
    const merged = mergeMessages(current, [message(3)]);
    expect(current.map((m) => m.seq)).toEqual([2, 1]);
    expect(merged).not.toBe(current);
  });
});

describe('lastSeq', () => {
  it('is the highest sequence number seen, so a catch-up asks only for newer messages', () => {
    expect(lastSeq([message(3), message(7), message(5)])).toBe(7);
    expect(lastSeq([])).toBe(0);
  });
});
