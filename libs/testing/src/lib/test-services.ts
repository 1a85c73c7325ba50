/** What the global setup found on this machine (see global-setup.js). */
export const testServices = {
  get postgresUrl(): string {
    const url = process.env.SHOPDESK_TEST_PG_URL;
    if (!url) throw new Error('SHOPDESK_TEST_PG_URL is not set: run the tests through the root jest config');
    return url;
  },
  get redisUrl(): string | undefined {
    return process.env.SHOPDESK_TEST_REDIS_URL;
  },
  get chromiumPath(): string | undefined {
    return process.env.SHOPDESK_TEST_CHROMIUM;
  },
};

/**
 * `describe` when `available`; otherwise the suite says in one line why it steps aside and is not
 * registered at all (a machine without Redis or Chromium; CI always has both and fails without them).
 */
export function describeWhen(available: unknown, reason: string): jest.Describe {
  if (available) return describe;
  return ((name: string) => {
    process.stdout.write(`${name}: steps aside, ${reason}\n`);
  }) as unknown as jest.Describe;
}
