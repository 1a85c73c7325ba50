import { EarlyReplies } from './early-replies';

describe('EarlyReplies', () => {
  it('keeps the gate shut until the reply is adopted, then hands over its result', async () => {
    const replies = new EarlyReplies<string, number>(4, 60_000);
    const steps: string[] = [];
    replies.begin('m1', async (adopted) => {
      steps.push('read');
      steps.push(`acted on ${await adopted}`);
      return 'answer';
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(steps).toEqual(['read']);
    const run = replies.adopt('m1', 7);
    await expect(run).resolves.toBe('answer');
    expect(steps).toEqual(['read', 'acted on 7']);
    expect(replies.adopt('m1', 7)).toBeUndefined();
  });

  it('fails the gate of an abandoned reply, which can no longer be adopted', async () => {
    const replies = new EarlyReplies<string>(4, 60_000);
    let gate: Promise<void> | null = null;
    replies.begin('m1', async (adopted) => {
      gate = adopted;
      await adopted;
      return 'answer';
    });
    await new Promise((resolve) => setImmediate(resolve));
    replies.abandon('m1');
    await expect(gate).rejects.toThrow('not stored');
    expect(replies.adopt('m1', undefined)).toBeUndefined();
    expect(replies.size).toBe(0);
  });

  it('begins nothing beyond its limit, and nothing twice for one message', () => {
    const replies = new EarlyReplies<string>(2, 60_000);
    const work = () => new Promise<string>(() => undefined);
    expect(replies.begin('m1', work)).toBe(true);
    expect(replies.begin('m1', work)).toBe(false);
    expect(replies.begin('m2', work)).toBe(true);
    expect(replies.begin('m3', work)).toBe(false);
    replies.abandon('m1');
    expect(replies.begin('m3', work)).toBe(true);
  });

  it('abandons a reply nobody adopts in time', async () => {
    const replies = new EarlyReplies<string>(4, 20);
    let gate: Promise<void> | null = null;
    replies.begin('m1', async (adopted) => {
      gate = adopted;
      return 'answer';
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(gate).rejects.toThrow();
    expect(replies.adopt('m1', undefined)).toBeUndefined();
  });
});
