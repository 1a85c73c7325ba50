import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { PubSubPort } from './pubsub.port';

/** Single-instance delivery, used when no REDIS_URL is configured. */
export class InMemoryPubSub extends PubSubPort {
  // Every live subscriber is one listener on its topic: hundreds per store are normal, not a leak.
  private readonly pubsub = new PubSub({ eventEmitter: unlimitedEmitter() });

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

function unlimitedEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}
