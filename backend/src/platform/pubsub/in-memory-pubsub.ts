import { PubSub } from 'graphql-subscriptions';
import { PubSubPort } from './pubsub.port';

/** Single-instance delivery, used when no REDIS_URL is configured. */
export class InMemoryPubSub extends PubSubPort {
  private readonly pubsub = new PubSub();

  async publish(topic: string, payload: unknown): Promise<void> {
    // A JSON round trip keeps behaviour identical to Redis (no shared object references, dates as strings).
    await this.pubsub.publish(topic, JSON.parse(JSON.stringify(payload)));
  }

  asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T> {
    return this.pubsub.asyncIterableIterator<T>(topics) as AsyncIterableIterator<T>;
  }

  async close(): Promise<void> {
    return;
  }
}
