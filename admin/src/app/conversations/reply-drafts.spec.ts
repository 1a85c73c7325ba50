import type { ChatMessage } from './conversation.models';
import { chatMessage } from './conversation-fixtures';
import { appendDelta, unansweredDrafts } from './reply-drafts';

const stored = (author: ChatMessage['author'], inReplyTo: string | null): ChatMessage =>
  chatMessage({ id: `m-${author}-${inReplyTo}`, author, inReplyTo, text: 'stored reply' });

describe('appendDelta', () => {
  it('joins the chunks of one reply in the order they arrive', () => {
    const drafts = ['We ship', ' to Norway', ' in 3 days.'].reduce(
      (current, text) => appendDelta(current, { inReplyTo: 'v1', text }),
      [] as ReturnType<typeof appendDelta>,
    );
    expect(drafts).toEqual([{ inReplyTo: 'v1', text: 'We ship to Norway in 3 days.' }]);
  });

  it('keeps replies to different visitor messages apart', () => {
    const drafts = appendDelta(appendDelta(appendDelta([], { inReplyTo: 'v1', text: 'Yes' }), { inReplyTo: 'v2', text: 'No' }), { inReplyTo: 'v1', text: '!' });
    expect(drafts).toEqual([
      { inReplyTo: 'v1', text: 'Yes!' },
      { inReplyTo: 'v2', text: 'No' },
    ]);
  });

  it('leaves the previous drafts untouched', () => {
    const before = [{ inReplyTo: 'v1', text: 'We' }];
    appendDelta(before, { inReplyTo: 'v1', text: ' ship' });
    expect(before).toEqual([{ inReplyTo: 'v1', text: 'We' }]);
  });
});

describe('unansweredDrafts', () => {
  const drafts = [
    { inReplyTo: 'v1', text: 'We ship' },
    { inReplyTo: 'v2', text: 'Our returns' },
  ];

  it('drops the draft whose stored bot reply arrived', () => {
    expect(unansweredDrafts(drafts, [stored('BOT', 'v1')])).toEqual([{ inReplyTo: 'v2', text: 'Our returns' }]);
  });

  it('keeps drafts when other messages arrive', () => {
    expect(unansweredDrafts(drafts, [stored('VISITOR', null), stored('AGENT', null), stored('BOT', 'v9')])).toEqual(drafts);
  });
});
