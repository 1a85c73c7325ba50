import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { EventBus } from '../../platform/events/event-bus';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { MessageCreatedEvent } from '../conversations/conversation-events';
import { ConversationService } from '../conversations/conversation.service';
import { TenantService } from '../tenancy/tenant.service';
import { placeholderReply } from './placeholder-reply';

export const ASSISTANT_REPLY_JOB = 'assistant.reply';

interface ReplyJob extends JobPayload {
  conversationId: string;
  messageId: string;
  text: string;
}

/**
 * Answers visitor messages while the bot owns the conversation. Replies run as jobs so a crash
 * between receiving a message and answering it is retried, and the unique (in_reply_to) index makes
 * the retry answer once.
 */
@Injectable()
export class AssistantReplyProcessor implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobQueuePort,
    private readonly conversations: ConversationService,
    private readonly tenants: TenantService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ReplyJob>(ASSISTANT_REPLY_JOB, (job) => this.reply(job));
    this.events.subscribe(MessageCreatedEvent, async (event) => {
      if (event.message.author !== MessageAuthor.VISITOR || event.conversation.status !== ConversationStatus.BOT) return;
      await this.jobs.enqueue<ReplyJob>(
        ASSISTANT_REPLY_JOB,
        { tenantId: event.tenantId, conversationId: event.conversation.id, messageId: event.message.id, text: event.message.text },
        { jobId: event.message.id },
      );
    });
  }

  private async reply(job: ReplyJob): Promise<void> {
    const ctx = TenantContext.system(job.tenantId, 'assistant');
    const conversation = await this.conversations.getForActor(ctx, job.conversationId);
    if (conversation.status !== ConversationStatus.BOT) return; // a human took over meanwhile
    const tenant = await this.tenants.current(ctx);
    await this.conversations.postMessage(ctx, {
      conversationId: job.conversationId,
      author: MessageAuthor.BOT,
      authorId: null,
      text: placeholderReply(job.text, tenant.name),
      inReplyTo: job.messageId,
    });
  }
}
