import { StreamingGate } from './streaming-gate';

function stream(chunks: string[], isSafe: (sentence: string) => boolean): string {
  let out = '';
  const gate = new StreamingGate(isSafe, (text) => (out += text));
  chunks.forEach((chunk) => gate.push(chunk));
  return out;
}

describe('StreamingGate', () => {
  const noFortyFive = (sentence: string) => !sentence.includes('45');

  it('passes words without figures through as they arrive', () => {
    expect(stream(['Hel', 'lo the', 're'], () => true)).toBe('Hello there');
  });

  it('holds a sentence with a figure until it ends, then lets it through when it checks out', () => {
    expect(stream(['It costs $', '49.', '99 today'], () => true)).toBe('It costs ');
    expect(stream(['It costs $', '49.', '99 today. ', 'Nice'], () => true)).toBe('It costs $49.99 today. Nice');
  });

  it('does not take a decimal point for the end of a sentence', () => {
    const checked: string[] = [];
    stream(['Only $4', '5.', '00 left. Bye'], (s) => (checked.push(s), true));
    expect(checked).toEqual(['Only $45.00 left.']);
  });

  it('stops for good at the first sentence that fails the check', () => {
    expect(stream(['Great pick! ', 'It is $45 now. ', 'Only $55 later. More'], noFortyFive)).toBe('Great pick! ');
  });

  it('treats a line break as the end of a sentence', () => {
    expect(stream(['Sizes:\n', '- M: 3 left\n'], () => true)).toBe('Sizes:\n- M: 3 left\n');
  });
});
