import { DeltaRelay } from './delta-relay';

describe('DeltaRelay', () => {
  it('sends the first chunk at once, merges the next ones, and sends the rest on close, in order', async () => {
    jest.useFakeTimers();
    const sent: string[] = [];
    const relay = new DeltaRelay(async (text) => void sent.push(text), 50);
    relay.push('Hel');
    await Promise.resolve();
    expect(sent).toEqual(['Hel']);
    relay.push('lo ');
    relay.push('there');
    expect(sent).toEqual(['Hel']);
    jest.advanceTimersByTime(50);
    relay.push('!');
    await relay.close();
    expect(sent).toEqual(['Hel', 'lo there', '!']);
    jest.useRealTimers();
  });

  it('keeps going when one send fails: the stored reply follows regardless', async () => {
    const sent: string[] = [];
    let calls = 0;
    const relay = new DeltaRelay(async (text) => {
      if (calls++ === 0) throw new Error('pub/sub down');
      sent.push(text);
    }, 1);
    relay.push('a');
    relay.push('b');
    await relay.close();
    expect(sent).toEqual(['b']);
  });
});
