import { splitLinks } from './message-links';

describe('splitLinks', () => {
  it('leaves plain text alone', () => {
    expect(splitLinks('Hello there')).toEqual([{ text: 'Hello there' }]);
  });

  it('links a bare address without the sentence punctuation after it', () => {
    expect(splitLinks('Track it at https://luma.test/track/42.')).toEqual([
      { text: 'Track it at ' },
      { text: 'https://luma.test/track/42', href: 'https://luma.test/track/42' },
      { text: '.' },
    ]);
  });

  it('links the label of a markdown link', () => {
    expect(splitLinks('[Checkout](https://pay.test/s/1) now')).toEqual([
      { text: 'Checkout', href: 'https://pay.test/s/1' },
      { text: ' now' },
    ]);
  });

  it('never links other schemes', () => {
    expect(splitLinks('[x](javascript:alert(1)) data:text/html,hi')).toEqual([{ text: '[x](javascript:alert(1)) data:text/html,hi' }]);
  });
});
