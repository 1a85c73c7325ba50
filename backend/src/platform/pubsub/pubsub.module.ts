import { DynamicModule, Global, Module } from '@nestjs/common';
import { InMemoryPubSub } from './in-memory-pubsub';
import { PubSubPort } from './pubsub.port';
import { RedisPubSub } from './redis-pubsub';

@Global()
@Module({})
export class PubSubModule {
  static forRoot(redisUrl?: string, prefix = 'shopdesk'): DynamicModule {
    return {
      module: PubSubModule,
      providers: [{ provide: PubSubPort, useFactory: () => (redisUrl ? new RedisPubSub(redisUrl, `${prefix}:`) : new InMemoryPubSub()) }],
      exports: [PubSubPort],
    };
  }
}
