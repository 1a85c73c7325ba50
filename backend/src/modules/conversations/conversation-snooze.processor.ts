import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { JobQueuePort } from '../../platform/jobs/job-queue.port';
import { ConversationAgentService, WAKE_SNOOZED_JOB, WakeSnoozedJob } from './conversation-agent.service';

/** Reopens snoozed conversations when their time comes (a delayed job per snooze). */
@Injectable()
export class ConversationSnoozeProcessor implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueuePort,
    private readonly agents: ConversationAgentService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<WakeSnoozedJob>(WAKE_SNOOZED_JOB, (job) =>
      this.agents.wakeIfDue(TenantContext.system(job.tenantId, 'snooze ended'), job.conversationId, new Date(job.until)),
    );
  }
}
