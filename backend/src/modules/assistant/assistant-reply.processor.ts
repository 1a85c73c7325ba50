import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ConversationStatus, MAX_MESSAGE_LENGTH, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { EventBus } from '../../platform/events/event-bus';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { MessageCreatedEvent } from '../conversations/conversation-events';
import { ConversationService } from '../conversations/conversation.service';
import { VisitorMessageArrival, VisitorMessageArrivals } from '../conversations/visitor-message-arrivals';
import { TenantService } from '../tenancy/tenant.service';
import { ConversationLine } from './providers/assistant-provider';
import { AssistantEngine } from './turn/assistant-engine';
import { DeltaRelay } from './turn/delta-relay';
import { AssistantTurnLog } from './turn/assistant-turn-log';
import { EarlyReplies } from './turn/early-replies';
import { TurnOutcome } from './turn/turn-outcome';

export const ASSISTANT_REPLY_JOB = 'assistant.reply';

const HISTORY_MESSAGES = 20;
/** Replies begun early at once, at most; beyond that, messages wait for their reply job as before. */
const EARLY_REPLIES_IN_FLIGHT = 64;
/** A reply begun early that no job adopts within this time (its queue is that far behind) is dropped; the job starts afresh. */
const EARLY_REPLY_ADOPTION_MS = 30_000;
const OPEN_GATE = Promise.resolve();

interface ReplyJob extends JobPayload {
  conversationId: string;
  messageId: string;
  text: string;
  /** The visitor's browser language; absent for jobs queued before it was carried. */
  locale?: string;
}

/** An answer worked out, not yet stored or posted. */
interface PreparedReply {
  outcome: TurnOutcome;
  afterReply: Array<() => Promise<unknown>>;
}

/**
 * Answers visitor messages while the bot owns the conversation. Replies run as jobs so a crash
 * between receiving a message and answering it is retried, and the unique (in_reply_to) index makes
 * the retry answer once.
 *
 * Where the job runs in this process, the answer begins as the message arrives: its reads and the
 * model's first request overlap the message's write, and its reply job adopts it once the message
 * is stored. Until then it can neither act (tools wait) nor show (streamed words wait); if the
 * message is not stored, it is dropped.
 */
@Injectable()
export class AssistantReplyProcessor implements OnModuleInit {
  private readonly logger = new Logger('Assistant');
  private readonly early = new EarlyReplies<PreparedReply | null>(EARLY_REPLIES_IN_FLIGHT, EARLY_REPLY_ADOPTION_MS);

  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobQueuePort,
    private readonly conversations: ConversationService,
    private readonly tenants: TenantService,
    private readonly engine: AssistantEngine,
    private readonly turns: AssistantTurnLog,
    private readonly arrivals: VisitorMessageArrivals,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ReplyJob>(ASSISTANT_REPLY_JOB, (job) => this.reply(job));
    // With a shared queue another instance may run the job: a head start here would be wasted.
    if (this.jobs.runsHere) this.arrivals.listen((arrival) => this.beginEarly(arrival));
    this.events.subscribe(MessageCreatedEvent, async (event) => {
      if (event.message.author !== MessageAuthor.VISITOR) return;
      if (event.conversation.status !== ConversationStatus.BOT) {
        this.early.abandon(event.message.id);
        return;
      }
      await this.jobs.enqueue<ReplyJob>(
        ASSISTANT_REPLY_JOB,
        { tenantId: event.tenantId, conversationId: event.conversation.id, messageId: event.message.id, text: event.message.text, locale: event.visitorLocale },
        { jobId: event.message.id },
      );
    });
  }

  private beginEarly(arrival: VisitorMessageArrival): void {
    const job: ReplyJob = { tenantId: arrival.tenantId, conversationId: arrival.conversationId, messageId: arrival.messageId, text: arrival.text, locale: arrival.locale };
    if (!this.early.begin(arrival.messageId, (adopted) => this.prepare(job, adopted, arrival.visitorId))) return;
    void arrival.stored.then((stored) => !stored && this.early.abandon(arrival.messageId));
  }

  private async reply(job: ReplyJob): Promise<void> {
    const ctx = TenantContext.system(job.tenantId, 'assistant');
    const begun = this.early.adopt(job.messageId);
    let prepared = begun
      ? await begun.catch((error: unknown) => {
          this.logger.warn(`Reply begun early failed, starting again: ${(error as Error).message}`);
          return null;
        })
      : null;
    // Nothing begun, or begun on what the conversation looked like before the message (not the bot's then): from the top.
    prepared ??= await this.prepare(job, OPEN_GATE);
    if (!prepared) return; // a human took over meanwhile
    const { outcome, afterReply } = prepared;
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

  /**
   * Works out the answer to a message: null if the bot is not the one to answer. Tools and the
   * visitor's live view wait for `ready`; `visitorId`, when known, must own the conversation.
   */
  private async prepare(job: ReplyJob, ready: Promise<void>, visitorId?: string): Promise<PreparedReply | null> {
    const ctx = TenantContext.system(job.tenantId, 'assistant');
    // Independent reads, side by side: they stand between the visitor's message and the first word of the answer.
    const [{ conversation, messages: recent }, storeName, state] = await Promise.all([
      this.conversations.withLatestMessages(ctx, job.conversationId, HISTORY_MESSAGES),
      this.tenants.nameOf(ctx),
      this.turns.stateOf(ctx, job.conversationId),
    ]);
    if (conversation.status !== ConversationStatus.BOT) return null;
    if (visitorId && conversation.visitorId !== visitorId) return null;
    const history: ConversationLine[] = recent
      .filter((m) => m.id !== job.messageId && !m.internal && (m.author === MessageAuthor.VISITOR || m.author === MessageAuthor.BOT))
      .map((m) => ({ role: m.author === MessageAuthor.VISITOR ? 'visitor' : 'assistant', text: m.text }));
    // Tools act as the visitor who wrote, with no staff rights.
    const visitorCtx = new TenantContext({ tenantId: job.tenantId, actor: { kind: 'visitor', visitorId: conversation.visitorId }, permissions: [] });
    const afterReply: Array<() => Promise<unknown>> = [];
    // The visitor watches the reply being written; the stored message below replaces the draft.
    const relay = new DeltaRelay(async (text) => {
      await ready;
      await this.conversations.publishDelta(ctx, conversation, job.messageId, text);
    });
    const outcome = await this.engine.run({
      afterReply,
      onDelta: (delta) => relay.push(delta),
      toolCtx: visitorCtx,
      conversationId: job.conversationId,
      visitorId: conversation.visitorId,
      text: job.text,
      locale: job.locale ?? '',
      storeName,
      history,
      state,
      dryRun: false,
      ready,
    });
    await relay.close();
    return { outcome, afterReply };
  }
}

/** The reply's id, the same on every attempt at one message, so a retried job writes the same reply. */
function replyMessageIdOf(messageId: string): string {
  const hex = createHash('sha256').update(`reply:${messageId}`).digest('hex');
  // Shaped as a name-based UUID (version 5 bits, RFC variant).
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
