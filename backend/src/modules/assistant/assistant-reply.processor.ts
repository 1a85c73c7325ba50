import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ConversationStatus, MAX_MESSAGE_LENGTH, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { EventBus } from '../../platform/events/event-bus';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { ConversationSnapshot, ConversationStatusChangedEvent, MessageCreatedEvent } from '../conversations/conversation-events';
import { snapshotOfConversation } from '../conversations/conversation-snapshots';
import { ConversationService } from '../conversations/conversation.service';
import { VisitorMessageArrival, VisitorMessageArrivals } from '../conversations/visitor-message-arrivals';
import { TenantService } from '../tenancy/tenant.service';
import { ConversationLine, DialogueState } from './providers/assistant-provider';
import { AssistantEngine } from './turn/assistant-engine';
import { DeltaRelay } from './turn/delta-relay';
import { AssistantTurnLog, stateLeftBy } from './turn/assistant-turn-log';
import { EarlyReplies, ReplyAbandonedError } from './turn/early-replies';
import { ConversationMemory, lineOf, ReplyMemories } from './turn/reply-memories';
import { TurnOutcome } from './turn/turn-outcome';

export const ASSISTANT_REPLY_JOB = 'assistant.reply';

const HISTORY_MESSAGES = 20;
/** Replies begun early at once, at most; beyond that, messages wait for their reply job as before. */
const EARLY_REPLIES_IN_FLIGHT = 64;
/** A reply begun early that no job adopts within this time (its queue is that far behind) is dropped; the job starts afresh. */
const EARLY_REPLY_ADOPTION_MS = 30_000;
/** Conversations whose latest messages this process keeps in memory for the next answer. */
const REMEMBERED_CONVERSATIONS = 5_000;

interface ReplyJob extends JobPayload {
  conversationId: string;
  messageId: string;
  text: string;
  /** The visitor's browser language; absent for jobs queued before it was carried. */
  locale?: string;
  /** The message's sequence number; absent for jobs queued before it was carried. */
  seq?: number;
}

/** What an answer starts from. */
interface ReplyContext {
  conversation: ConversationSnapshot;
  storeName: string;
  /** The conversation before the message being answered. */
  history: ConversationLine[];
  state: DialogueState;
  /** The last message the history accounts for. */
  basedOnSeq: number;
  /** The conversation as read from the database, to remember; null when it came from memory. */
  read: ConversationMemory | null;
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
 * message is not stored, it is dropped. Such a process sees every message, so it also remembers its
 * recent conversations (checked by sequence number on adoption) and usually answers without reading
 * them back.
 */
@Injectable()
export class AssistantReplyProcessor implements OnModuleInit {
  private readonly logger = new Logger('Assistant');
  // Adopting hands over the message's sequence number, so a reply begun early can check it started from the whole conversation.
  private readonly early = new EarlyReplies<PreparedReply | null, number | undefined>(EARLY_REPLIES_IN_FLIGHT, EARLY_REPLY_ADOPTION_MS);
  /**
   * Only where this process runs every reply job (no shared queue): elsewhere another instance may
   * run the job, and this process does not see every message.
   */
  private readonly memories: ReplyMemories | null;

  constructor(
    private readonly events: EventBus,
    private readonly jobs: JobQueuePort,
    private readonly conversations: ConversationService,
    private readonly tenants: TenantService,
    private readonly engine: AssistantEngine,
    private readonly turns: AssistantTurnLog,
    private readonly arrivals: VisitorMessageArrivals,
  ) {
    this.memories = jobs.runsHere ? new ReplyMemories(REMEMBERED_CONVERSATIONS, HISTORY_MESSAGES) : null;
  }

  onModuleInit(): void {
    this.jobs.register<ReplyJob>(ASSISTANT_REPLY_JOB, (job) => this.reply(job));
    // With a shared queue another instance may run the job: a head start here would be wasted.
    const memories = this.memories;
    if (memories) {
      this.arrivals.listen((arrival) => this.beginEarly(arrival));
      this.events.subscribe(ConversationStatusChangedEvent, (event) => memories.statusChanged(event.conversation));
    }
    this.events.subscribe(MessageCreatedEvent, async (event) => {
      this.memories?.heard(event.conversation, event.message);
      if (event.message.author !== MessageAuthor.VISITOR) return;
      if (event.conversation.status !== ConversationStatus.BOT) {
        this.early.abandon(event.message.id);
        return;
      }
      await this.jobs.enqueue<ReplyJob>(
        ASSISTANT_REPLY_JOB,
        { tenantId: event.tenantId, conversationId: event.conversation.id, messageId: event.message.id, text: event.message.text, locale: event.visitorLocale, seq: event.message.seq },
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
    const begun = this.early.adopt(job.messageId, job.seq);
    let prepared = begun
      ? await begun.catch((error: unknown) => {
          this.logger.warn(`Reply begun early failed, starting again: ${(error as Error).message}`);
          return null;
        })
      : null;
    // Nothing begun, or begun on what the conversation looked like before the message (not the bot's then): from the top.
    prepared ??= await this.prepare(job, Promise.resolve(job.seq));
    if (!prepared) return; // a human took over meanwhile
    const { outcome, afterReply } = prepared;
    const text = outcome.reply.length > MAX_MESSAGE_LENGTH ? `${outcome.reply.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : outcome.reply;
    // The turn (with the dialogue state the next message continues from) is stored before the reply
    // shows: a visitor answering at once must find it.
    const replyId = replyMessageIdOf(job.messageId);
    await this.turns.record(ctx, job.conversationId, job.messageId, replyId, outcome);
    this.memories?.turnRecorded(job.conversationId, stateLeftBy(outcome.state));
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
   * Works out the answer to a message: null if the bot is not the one to answer. `adopted` resolves
   * with the message's sequence number once it is stored and its job takes the answer over; until
   * then tools and the visitor's live view wait. `visitorId` is given for a reply begun early: the
   * visitor must own the conversation, and the answer may start from memory.
   */
  private async prepare(job: ReplyJob, adopted: Promise<number | undefined>, visitorId?: string): Promise<PreparedReply | null> {
    const ctx = TenantContext.system(job.tenantId, 'assistant');
    const context = await this.contextOf(ctx, job, visitorId !== undefined);
    const { conversation } = context;
    if (conversation.status !== ConversationStatus.BOT) return null;
    if (visitorId && conversation.visitorId !== visitorId) return null;
    const ready = adopted.then((seq) => this.accept(job, context, seq));
    // Whoever waits on the gate sees a refusal (nobody waiting is not a failure), and a model request
    // under way for a reply that will not be used stops spending tokens.
    const calledOff = new AbortController();
    ready.catch((error: unknown) => calledOff.abort(error));
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
      storeName: context.storeName,
      history: context.history,
      state: context.state,
      dryRun: false,
      ready,
      signal: calledOff.signal,
    });
    await relay.close();
    await ready;
    return { outcome, afterReply };
  }

  /**
   * The conversation before the message: from memory when allowed and remembered (an answer begun
   * early), else read — the conversation with its latest messages in one statement, the dialogue
   * state beside it. Independent reads side by side: they stand before the first word of the answer.
   */
  private async contextOf(ctx: TenantContext, job: ReplyJob, fromMemory: boolean): Promise<ReplyContext> {
    const remembered = fromMemory ? this.memories?.recall(job.conversationId) : undefined;
    if (remembered) {
      const { conversation, lines, state, lastSeq } = remembered;
      return { conversation, storeName: (await this.tenants.recent(ctx)).name, history: lines, state, basedOnSeq: lastSeq, read: null };
    }
    const [{ conversation, messages }, { name: storeName }, state] = await Promise.all([
      this.conversations.withLatestMessages(ctx, job.conversationId, HISTORY_MESSAGES),
      this.tenants.recent(ctx),
      this.turns.stateOf(ctx, job.conversationId),
    ]);
    const snapshot = snapshotOfConversation(conversation);
    const history = messages.filter((m) => m.id !== job.messageId).flatMap((m) => lineOf(m) ?? []);
    const lines = messages.flatMap((m) => lineOf(m) ?? []);
    return { conversation: snapshot, storeName, history, state, basedOnSeq: conversation.lastSeq, read: { conversation: snapshot, lastSeq: conversation.lastSeq, lines, state } };
  }

  /**
   * The message is stored as number `seq`: an answer may go ahead if it started from the whole
   * conversation before it (a remembered one missing a message may not), and what was read is
   * remembered for the next answer.
   */
  private accept(job: ReplyJob, context: ReplyContext, seq: number | undefined): void {
    if (seq === undefined) return;
    if (context.basedOnSeq < seq - 1 || (!context.read && context.basedOnSeq !== seq - 1)) throw new ReplyAbandonedError('It began from a conversation missing a message');
    if (!context.read || !this.memories) return;
    // Read before the message was written: it joins what is remembered.
    const memory =
      context.read.lastSeq === seq - 1 ? { ...context.read, lastSeq: seq, lines: [...context.read.lines, { role: 'visitor' as const, text: job.text }] } : context.read;
    this.memories.remember(job.conversationId, memory);
  }
}

/** The reply's id, the same on every attempt at one message, so a retried job writes the same reply. */
function replyMessageIdOf(messageId: string): string {
  const hex = createHash('sha256').update(`reply:${messageId}`).digest('hex');
  // Shaped as a name-based UUID (version 5 bits, RFC variant).
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
