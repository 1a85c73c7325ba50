import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConversationStatus, MAX_MESSAGE_LENGTH, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { EventBus } from '../../platform/events/event-bus';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { MessageCreatedEvent } from '../conversations/conversation-events';
import { ConversationService } from '../conversations/conversation.service';
import { TenantService } from '../tenancy/tenant.service';
import { ConversationLine } from './providers/assistant-provider';
import { AssistantEngine } from './turn/assistant-engine';
import { DeltaRelay } from './turn/delta-relay';
import { AssistantTurnLog } from './turn/assistant-turn-log';

export const ASSISTANT_REPLY_JOB = 'assistant.reply';

const HISTORY_MESSAGES = 20;

interface ReplyJob extends JobPayload {
  conversationId: string;
  messageId: string;
  text: string;
  /** The visitor's browser language; absent for jobs queued before it was carried. */
  locale?: string;
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
    private readonly engine: AssistantEngine,
    private readonly turns: AssistantTurnLog,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ReplyJob>(ASSISTANT_REPLY_JOB, (job) => this.reply(job));
    this.events.subscribe(MessageCreatedEvent, async (event) => {
      if (event.message.author !== MessageAuthor.VISITOR || event.conversation.status !== ConversationStatus.BOT) return;
      await this.jobs.enqueue<ReplyJob>(
        ASSISTANT_REPLY_JOB,
        { tenantId: event.tenantId, conversationId: event.conversation.id, messageId: event.message.id, text: event.message.text, locale: event.visitorLocale },
        { jobId: event.message.id },
      );
    });
  }

  private async reply(job: ReplyJob): Promise<void> {
    const ctx = TenantContext.system(job.tenantId, 'assistant');
    // Independent reads, side by side: they stand between the visitor's message and the first word of the answer.
    const [conversation, tenant, recent, state] = await Promise.all([
      this.conversations.getForActor(ctx, job.conversationId),
      this.tenants.current(ctx),
      this.conversations.latestMessages(ctx, job.conversationId, HISTORY_MESSAGES),
      this.turns.stateOf(ctx, job.conversationId),
    ]);
    if (conversation.status !== ConversationStatus.BOT) return; // a human took over meanwhile
    const history: ConversationLine[] = recent
      .filter((m) => m.id !== job.messageId && !m.internal && (m.author === MessageAuthor.VISITOR || m.author === MessageAuthor.BOT))
      .map((m) => ({ role: m.author === MessageAuthor.VISITOR ? 'visitor' : 'assistant', text: m.text }));
    // Tools act as the visitor who wrote, with no staff rights.
    const visitorCtx = new TenantContext({ tenantId: job.tenantId, actor: { kind: 'visitor', visitorId: conversation.visitorId }, permissions: [] });
    const afterReply: Array<() => Promise<unknown>> = [];
    // The visitor watches the reply being written; the stored message below replaces the draft.
    const relay = new DeltaRelay((text) => this.conversations.publishDelta(ctx, conversation, job.messageId, text));
    const outcome = await this.engine.run({
      afterReply,
      onDelta: (delta) => relay.push(delta),
      toolCtx: visitorCtx,
      conversationId: job.conversationId,
      visitorId: conversation.visitorId,
      text: job.text,
      locale: job.locale ?? '',
      storeName: tenant.name,
      history,
      state,
      dryRun: false,
    });
    await relay.close();
    const text = outcome.reply.length > MAX_MESSAGE_LENGTH ? `${outcome.reply.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : outcome.reply;
    const posted = await this.conversations.postMessage(ctx, {
      conversationId: job.conversationId,
      author: MessageAuthor.BOT,
      authorId: null,
      text,
      inReplyTo: job.messageId,
      blocks: outcome.blocks,
    });
    await this.turns.record(ctx, job.conversationId, job.messageId, posted?.id ?? null, outcome);
    for (const action of afterReply) await action();
  }
}
