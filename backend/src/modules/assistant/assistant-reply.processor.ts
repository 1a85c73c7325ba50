import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
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
    // The turn (with the dialogue state the next message continues from) is stored before the reply
    // shows: a visitor answering at once must find it.
    const replyId = replyMessageIdOf(job.messageId);
    await this.turns.record(ctx, job.conversationId, job.messageId, replyId, outcome);
    const posted = await this.conversations.postMessage(ctx, {
      id: replyId,
      conversationId: job.conversationId,
      author: MessageAuthor.BOT,
      authorId: null,
      text,
      inReplyTo: job.messageId,
      blocks: outcome.blocks,
    });
    // Silenced by a takeover: the turn answered nothing.
    if (!posted) await this.turns.replySilenced(ctx, job.messageId);
    for (const action of afterReply) await action();
  }
}

/** The reply's id, the same on every attempt at one message, so a retried job writes the same reply. */
function replyMessageIdOf(messageId: string): string {
  const hex = createHash('sha256').update(`reply:${messageId}`).digest('hex');
  // Shaped as a name-based UUID (version 5 bits, RFC variant).
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
