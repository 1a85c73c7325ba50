import { RedisPubSub as GraphqlRedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { PubSubPort } from './pubsub.port';

/** Cross-instance delivery through Redis pub/sub, so any backend instance can serve any subscriber. */
export class RedisPubSub extends PubSubPort {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pubsub: GraphqlRedisPubSub;

  constructor(url: string, keyPrefix = 'shopdesk:') {
    super();
    const options = { maxRetriesPerRequest: null, enableReadyCheck: true };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.pubsub = new GraphqlRedisPubSub({
      publisher: this.publisher,
      subscriber: this.subscriber,
      connectionListener: () => undefined,
    });
    this.prefix = keyPrefix;
  }

  private readonly prefix: string;

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.pubsub.publish(this.prefix + topic, payload);
  }

  asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T> {
    const list = (Array.isArray(topics) ? topics : [topics]).map((t) => this.prefix + t);
    return this.pubsub.asyncIterator<T>(list) as unknown as AsyncIterableIterator<T>;
  }

  async close(): Promise<void> {
    await this.pubsub.close();
  }
}
