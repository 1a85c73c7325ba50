import { BullModule } from '@nestjs/bull';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { BULL_QUEUE_NAME, BullJobQueue } from './bull-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobQueuePort } from './job-queue.port';

@Global()
@Module({})
export class JobsModule {
  static forRoot(redisUrl?: string, prefix = 'shopdesk'): DynamicModule {
    if (!redisUrl) {
      return { module: JobsModule, providers: [{ provide: JobQueuePort, useFactory: () => new InProcessJobQueue() }], exports: [JobQueuePort] };
    }
    return {
      module: JobsModule,
      imports: [BullModule.forRoot({ url: redisUrl, prefix }), BullModule.registerQueue({ name: BULL_QUEUE_NAME })],
      providers: [BullJobQueue, { provide: JobQueuePort, useExisting: BullJobQueue }],
      exports: [JobQueuePort],
    };
  }
}
