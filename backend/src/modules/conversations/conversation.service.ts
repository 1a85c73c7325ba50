import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConversationStatus, MAX_MESSAGE_LENGTH, MessageAuthor } from '@shopdesk/shared';
import { In, MoreThan, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { ForbiddenError, NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { PubSubPort } from '../../platform/pubsub/pubsub.port';
import { TenantTimeZones } from '../tenancy/tenant-time-zones';
import {
  conversationTopic,
  ConversationCreatedEvent,
  ConversationSnapshot,
  ConversationRatedEvent,
  ConversationStatusChangedEvent,
  LiveConversationEvent,
  MessageCreatedEvent,
  tenantConversationsTopic,
  TypingSnapshot,
} from './conversation-events';
import { snapshotOfConversation, snapshotOfMessage } from './conversation-snapshots';
import { Conversation } from './conversation.entity';
import { LiveEventType } from './live-event-type';
import { MessageBlock } from './message-blocks';
import { Message } from './message.entity';
import { StartedBetween, startedBetween, StoreDayRange } from './started-on-range';
import { SystemEvent } from './system-event';
import { VisitorMessageArrivals } from './visitor-message-arrivals';
import { VisitorRateLimits } from './visitor-rate-limits';

export interface PostMessage {
  conversationId: string;
  author: MessageAuthor;
  authorId: string | null;
  text: string;
  authorName?: string | null;
  internal?: boolean;
  systemEvent?: SystemEvent | null;
  inReplyTo?: string;
  blocks?: MessageBlock[];
  /** The writer's browser language, passed on to whoever answers a visitor. */
  visitorLocale?: string;
  /** The message's id when the writer must know it beforehand (a retried job writes the same one). */
  id?: string;
}

export interface ConversationListFilter {
  status?: ConversationStatus;
  /** Only conversations assigned to the signed-in staff member. */
  mine?: boolean;
  unassigned?: boolean;
  /** Only conversations that started on these days of the store's calendar. */
  startedOn?: StoreDayRange;
}

export interface ConversationPage {
  items: Conversation[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface StatePatch {
  status: ConversationStatus;
  assignedTo?: string | null;
  assignedName?: string | null;
  snoozedUntil?: Date | null;
}

const PREVIEW_LENGTH = 140;

@Injectable()
export class ConversationService {
  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
    private readonly pubsub: PubSubPort,
    private readonly rateLimits: VisitorRateLimits,
    private readonly zones: TenantTimeZones,
    private readonly arrivals: VisitorMessageArrivals,
  ) {}

  /** A visitor writes: into their conversation, or a new one when none is given. */
  async sendVisitorMessage(ctx: TenantContext, conversationId: string | undefined, text: string): Promise<Message> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only visitors write through the widget');
    const visitorId = ctx.actor.visitorId;
    const clean = cleanText(text);
    await this.rateLimits.checkMessage(ctx, visitorId, !conversationId);
    const message = { author: MessageAuthor.VISITOR, authorId: visitorId, text: clean, visitorLocale: ctx.locale };
    // Into an open conversation of theirs, one statement; anything else (a new, resolved, snoozed or
    // unknown conversation) takes the path below, under the conversation's row lock.
    const written = conversationId ? await this.writeIntoOpen(ctx, { conversationId, ...message }, visitorId) : null;
    if (written) return written;
    return this.data.transaction(ctx, async (tx) => {
      let conversation: Conversation;
      if (conversationId) {
        conversation = await this.lockForActor(tx, conversationId);
        // Writing again into a closed conversation opens it: the bot answers a resolved one; a snoozed
        // one goes back to whoever was handling it.
        if (conversation.status === ConversationStatus.RESOLVED) {
          conversation = await this.updateState(tx, conversation, { status: ConversationStatus.BOT, assignedTo: null, assignedName: null, snoozedUntil: null });
        } else if (conversation.status === ConversationStatus.SNOOZED) {
          const status = conversation.assignedTo ? ConversationStatus.ASSIGNED : ConversationStatus.WAITING_FOR_HUMAN;
          conversation = await this.updateState(tx, conversation, { status, snoozedUntil: null });
        }
      } else {
        conversation = await this.start(tx, visitorId);
      }
      return (await this.append(tx, { conversationId: conversation.id, ...message }))!;
    });
  }

  /**
   * The one-statement write into an open conversation of the visitor, announced while it runs (with
   * the id it will have) so whoever answers can start reading; null if the conversation is not open.
   */
  private async writeIntoOpen(ctx: TenantContext, message: PostMessage, visitorId: string): Promise<Message | null> {
    const id = randomUUID();
    let settle: (stored: boolean) => void = () => undefined;
    const stored = new Promise<boolean>((resolve) => (settle = resolve));
    this.arrivals.announce({ tenantId: ctx.tenantId, conversationId: message.conversationId, messageId: id, visitorId, text: message.text, locale: ctx.locale, stored });
    try {
      const written = await this.append(ctx, { ...message, id }, visitorId);
      settle(written !== null);
      return written;
    } catch (error) {
      settle(false);
      throw error;
    }
  }

  /** A new conversation of the visitor, answered by the bot. */
  async start(tx: TenantContext, visitorId: string): Promise<Conversation> {
    const conversation = await this.data.repo(tx, Conversation).insert({ visitorId, status: ConversationStatus.BOT, lastSeq: 0, lastMessagePreview: null });
    this.events.publish(tx, new ConversationCreatedEvent(tx.tenantId, tx.actor, snapshotOfConversation(conversation)));
    return conversation;
  }

  /**
   * The visitor asks for a person (a button in the widget, or the assistant detecting it). The
   * conversation joins the queue of waiting ones, the bot stops answering, agents see it live and
   * the visitor is told what happens next.
   */
  async requestHuman(ctx: TenantContext, conversationId: string): Promise<Conversation> {
    return this.data.transaction(ctx, async (tx) => {
      const conversation = await this.lockForActor(tx, conversationId);
      if (conversation.status === ConversationStatus.WAITING_FOR_HUMAN || conversation.status === ConversationStatus.ASSIGNED) return conversation;
      await this.updateState(tx, conversation, { status: ConversationStatus.WAITING_FOR_HUMAN, snoozedUntil: null });
      await this.append(tx, {
        conversationId,
        author: MessageAuthor.SYSTEM,
        authorId: null,
        text: 'A member of our team has been asked to join. Please stay here, they will answer in this chat.',
        systemEvent: SystemEvent.HUMAN_REQUESTED,
      });
      return this.getForActor(tx, conversationId);
    });
  }

  /** The visitor rates a resolved conversation (again, if they change their mind). */
  async rate(ctx: TenantContext, conversationId: string, score: number, comment: string | null): Promise<Conversation> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only the visitor rates their conversation');
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new UserInputError('A rating is 1 to 5', { score: ['out of range'] });
    const conversation = await this.data.transaction(ctx, async (tx) => {
      const current = await this.lockForActor(tx, conversationId);
      if (current.status !== ConversationStatus.RESOLVED) {
        throw new UserInputError('A conversation can be rated once it is resolved', { conversationId: ['not resolved'] });
      }
      const clean = comment?.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim().slice(0, 1000) || null;
      await this.data.repo(tx, Conversation).update({ id: conversationId }, { csatScore: score, csatComment: clean });
      const rated = await this.getForActor(tx, conversationId);
      this.events.publish(tx, new ConversationRatedEvent(tx.tenantId, tx.actor, snapshotOfConversation(rated)));
      return rated;
    });
    await this.publishLive(ctx, LiveEventType.CONVERSATION_UPDATED, conversation);
    return conversation;
  }

  /**
   * Appends a message (bot replies, agent replies, system notices). A bot message is only written
   * while the bot owns the conversation, checked under the row lock, so a takeover silences the bot
   * even for a reply that was already being prepared: null is returned then.
   * A bot reply to a message that already has one returns the existing reply (retried jobs).
   */
  async postMessage(ctx: TenantContext, input: PostMessage): Promise<Message | null> {
    try {
      return await this.append(ctx, { ...input, text: cleanText(input.text) });
    } catch (error) {
      if (input.inReplyTo && error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        const existing = await this.data.repo(ctx, Message).findOneBy({ inReplyTo: input.inReplyTo, author: input.author });
        if (existing) return existing;
      }
      throw error;
    }
  }

  /**
   * Appends (within the caller's transaction, if any) with the conversation's next sequence number.
   * The sequence is bumped and the message written by one statement, atomic on its own, whose
   * UPDATE also serialises concurrent writers of one conversation: a chat message costs one round
   * trip. Notes move neither the preview nor the visitor's unread count. With `openForVisitor`, only
   * into a conversation of that visitor that is neither resolved nor snoozed; null otherwise.
   */
  async append(tx: TenantContext, input: PostMessage, openForVisitor: string | null = null): Promise<Message | null> {
    const internal = input.internal ?? false;
    const preview = input.text.length > PREVIEW_LENGTH ? `${input.text.slice(0, PREVIEW_LENGTH - 1)}…` : input.text;
    const [written] = await this.data.repo(tx, Conversation).sql<{ conversation: ObjectLiteral; message: ObjectLiteral }>(
      `WITH bumped AS (
         UPDATE conversations SET
            last_seq = last_seq + 1,
            last_message_at = CASE WHEN $4 THEN last_message_at ELSE now() END,
            last_message_preview = CASE WHEN $4 THEN last_message_preview ELSE $3 END,
            unread_for_staff = CASE WHEN $5 = 'visitor' THEN unread_for_staff + 1 WHEN $5 = 'agent' AND NOT $4 THEN 0 ELSE unread_for_staff END,
            staff_read_seq = CASE WHEN $5 = 'agent' AND NOT $4 THEN last_seq + 1 ELSE staff_read_seq END,
            unread_for_visitor = CASE WHEN $5 = 'visitor' THEN 0 WHEN $4 THEN unread_for_visitor ELSE unread_for_visitor + 1 END,
            visitor_read_seq = CASE WHEN $5 = 'visitor' THEN last_seq + 1 ELSE visitor_read_seq END,
            updated_at = now()
          WHERE tenant_id = $1 AND id = $2 AND ($5 <> 'bot' OR status = 'bot')
            AND ($12::uuid IS NULL OR (visitor_id = $12 AND status NOT IN ('resolved', 'snoozed')))
          RETURNING *
       ), inserted AS (
         INSERT INTO messages (id, tenant_id, conversation_id, seq, author, author_id, author_name, text, internal, system_event, blocks, in_reply_to)
         SELECT coalesce($13::uuid, gen_random_uuid()), tenant_id, id, last_seq, $5, $6, $7, $8, $4, $9, $10::jsonb, $11 FROM bumped
         RETURNING *
       )
       SELECT row_to_json(bumped) AS conversation, row_to_json(inserted) AS message FROM bumped, inserted`,
      [
        input.conversationId,
        preview,
        internal,
        input.author,
        input.authorId,
        input.authorName ?? null,
        input.text,
        input.systemEvent ?? null,
        JSON.stringify(input.blocks ?? []),
        input.inReplyTo ?? null,
        openForVisitor,
        input.id ?? null,
      ],
    );
    if (!written && openForVisitor) return null;
    if (!written) {
      if (input.author === MessageAuthor.BOT && (await this.data.repo(tx, Conversation).count({ id: input.conversationId }))) return null;
      throw new NotFoundError('Conversation');
    }
    const message = this.data.repo(tx, Message).hydrate(written.message);
    const conversation = this.data.repo(tx, Conversation).hydrate(written.conversation);
    const conversationSnapshot = snapshotOfConversation(conversation);
    const messageSnapshot = snapshotOfMessage(message);
    this.events.publish(tx, new MessageCreatedEvent(tx.tenantId, tx.actor, conversationSnapshot, messageSnapshot, input.visitorLocale));
    const live: LiveConversationEvent = {
      tenantId: tx.tenantId,
      type: conversation.lastSeq === 1 ? LiveEventType.CONVERSATION_CREATED : LiveEventType.MESSAGE_CREATED,
      conversation: conversationSnapshot,
      message: messageSnapshot,
      typing: null,
    };
    tx.afterCommit(() => {
      void this.pubsub.publish(conversationTopic(live.tenantId, input.conversationId), { ...live, type: LiveEventType.MESSAGE_CREATED });
      void this.pubsub.publish(tenantConversationsTopic(live.tenantId), live);
    });
    return message;
  }

  /**
   * Changes status and assignment within the caller's transaction (the row must be locked by
   * `lockForActor`) and tells listeners after commit.
   */
  async updateState(tx: TenantContext, conversation: Conversation, patch: StatePatch): Promise<Conversation> {
    const previousStatus = conversation.status;
    await this.data.repo(tx, Conversation).update({ id: conversation.id }, patch);
    const updated = (await this.data.repo(tx, Conversation).findOneBy({ id: conversation.id }))!;
    this.events.publish(tx, new ConversationStatusChangedEvent(tx.tenantId, tx.actor, snapshotOfConversation(updated), previousStatus));
    return updated;
  }

  /** The conversation if the actor may see it: staff of the store, or the visitor it belongs to. */
  async getForActor(ctx: TenantContext, id: string): Promise<Conversation> {
    const conversation = await this.data.repo(ctx, Conversation).findOneBy({ id });
    return this.visibleOrThrow(ctx, conversation);
  }

  /** Like getForActor, and holds the row lock until the transaction ends so state changes serialise. */
  async lockForActor(tx: TenantContext, id: string): Promise<Conversation> {
    if (!tx.inTransaction) throw new Error('lockForActor needs a transaction');
    const conversation = await this.data.repo(tx, Conversation).query('c').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    return this.visibleOrThrow(tx, conversation);
  }

  async findForActor(ctx: TenantContext, id: string): Promise<Conversation | null> {
    try {
      return await this.getForActor(ctx, id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** Messages after `afterSeq`, oldest first: what a client re-fetches after a reconnect. Visitors never get notes. */
  messages(ctx: TenantContext, conversationId: string, afterSeq: number, first: number): Promise<Message[]> {
    const visitor = ctx.actor.kind === 'visitor';
    return this.data.repo(ctx, Message).find({
      where: { conversationId, seq: MoreThan(afterSeq), ...(visitor ? { internal: false } : {}) },
      order: { seq: 'ASC' },
      take: first,
    });
  }

  /**
   * A conversation the actor may see with its latest `count` messages (oldest first; visitors don't
   * get internal notes), read by one statement: whoever answers a message needs both at once.
   */
  async withLatestMessages(ctx: TenantContext, id: string, count: number): Promise<{ conversation: Conversation; messages: Message[] }> {
    const [row] = await this.data.repo(ctx, Conversation).sql<{ conversation: ObjectLiteral; messages: ObjectLiteral[] }>(
      `SELECT row_to_json(c) AS conversation,
              coalesce((SELECT json_agg(m ORDER BY m.seq)
                          FROM (SELECT * FROM messages
                                 WHERE tenant_id = $1 AND conversation_id = c.id AND ($4 OR NOT internal)
                                 ORDER BY seq DESC LIMIT $3) m), '[]') AS messages
         FROM conversations c WHERE c.tenant_id = $1 AND c.id = $2`,
      [id, count, ctx.actor.kind !== 'visitor'],
    );
    const conversation = this.visibleOrThrow(ctx, row ? this.data.repo(ctx, Conversation).hydrate(row.conversation) : null);
    const messages = this.data.repo(ctx, Message);
    return { conversation, messages: row.messages.map((m) => messages.hydrate(m)) };
  }

  /** Newest activity first, keyset-paginated. */
  async list(ctx: TenantContext, filter: ConversationListFilter, first: number, after?: string): Promise<ConversationPage> {
    if (filter.mine && ctx.actor.kind !== 'staff') throw new UserInputError('"mine" needs a signed-in team member');
    const cursor = after ? decodeCursor(after) : null;
    const started = filter.startedOn ? startedBetween(filter.startedOn, await this.zones.of(ctx)) : null;
    const matching = () => {
      const qb = this.data.repo(ctx, Conversation).query('c');
      if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
      if (filter.mine && ctx.actor.kind === 'staff') qb.andWhere('c.assigned_to = :me', { me: ctx.actor.userId });
      if (filter.unassigned) qb.andWhere('c.assigned_to IS NULL');
      if (started) qb.andWhere('c.created_at >= :start AND c.created_at < :end', started);
      if (cursor) qb.andWhere('(c.last_message_at, c.id) < (:at, :id)', cursor);
      return qb;
    };
    const rows = started ? await this.startedInRange(ctx, matching, started, first + 1) : await newestFirst(matching()).take(first + 1).getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null };
  }

  /**
   * The first `limit` conversations that started in the range, newest activity first. Start and
   * activity go together, which the planner cannot know: asked for "started in June, newest activity
   * first" in one statement, it walks the activity index down from today and passes every later
   * conversation before reaching June. So the range is read in three bands of activity, each ordered
   * by the database: after the range (conversations that went on past it, found through the start
   * index; read whole, so only their ids), within it (the activity index from the range's end, one
   * page), and before it (practically none, read only when the band within runs short).
   */
  private async startedInRange(ctx: TenantContext, matching: () => SelectQueryBuilder<Conversation>, range: StartedBetween, limit: number): Promise<Conversation[]> {
    const { start, end } = range;
    const later = await newestFirst(matching().select('c.id', 'id').andWhere('c.last_message_at >= :end', { end })).getRawMany<{ id: string }>();
    const rows = await this.inOrder(ctx, later.slice(0, limit).map((row) => row.id));
    if (rows.length < limit) {
      const within = matching().andWhere('c.last_message_at >= :start AND c.last_message_at < :end', { start, end });
      rows.push(...(await newestFirst(within).take(limit - rows.length).getMany()));
    }
    if (rows.length < limit) rows.push(...(await newestFirst(matching().andWhere('c.last_message_at < :start', { start })).take(limit - rows.length).getMany()));
    return rows;
  }

  private async inOrder(ctx: TenantContext, ids: string[]): Promise<Conversation[]> {
    if (!ids.length) return [];
    const found = new Map((await this.data.repo(ctx, Conversation).find({ where: { id: In(ids) } })).map((c) => [c.id, c]));
    return ids.map((id) => found.get(id)).filter((c): c is Conversation => !!c);
  }

  listForVisitor(ctx: TenantContext): Promise<Conversation[]> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError();
    return this.data.repo(ctx, Conversation).find({ where: { visitorId: ctx.actor.visitorId }, order: { lastMessageAt: 'DESC' }, take: 20 });
  }

  live(ctx: TenantContext, conversationId: string): AsyncIterableIterator<LiveConversationEvent> {
    return this.pubsub.asyncIterator<LiveConversationEvent>(conversationTopic(ctx.tenantId, conversationId));
  }

  liveForTenant(ctx: TenantContext): AsyncIterableIterator<LiveConversationEvent> {
    return this.pubsub.asyncIterator<LiveConversationEvent>(tenantConversationsTopic(ctx.tenantId));
  }

  /** Sends a live-only event (typing, read markers) to the conversation and to the store's staff. */
  async publishLive(ctx: TenantContext, type: LiveEventType, conversation: Conversation, typing: TypingSnapshot | null = null): Promise<void> {
    const event: LiveConversationEvent = { tenantId: ctx.tenantId, type, conversation: snapshotOfConversation(conversation), message: null, typing };
    await Promise.all([
      this.pubsub.publish(conversationTopic(ctx.tenantId, conversation.id), event),
      this.pubsub.publish(tenantConversationsTopic(ctx.tenantId), event),
    ]);
  }

  /**
   * Streams a chunk of a bot reply to the conversation's subscribers (the visitor and staff watching
   * it); the store-wide list doesn't need every chunk. Nothing is stored: the finished reply is.
   */
  async publishDelta(ctx: TenantContext, conversation: ConversationSnapshot, inReplyTo: string, text: string): Promise<void> {
    const event: LiveConversationEvent = {
      tenantId: ctx.tenantId,
      type: LiveEventType.MESSAGE_DELTA,
      conversation,
      message: null,
      typing: null,
      delta: { inReplyTo, text },
    };
    await this.pubsub.publish(conversationTopic(ctx.tenantId, conversation.id), event);
  }

  private visibleOrThrow(ctx: TenantContext, conversation: Conversation | null): Conversation {
    if (!conversation) throw new NotFoundError('Conversation');
    if (ctx.actor.kind === 'visitor' && conversation.visitorId !== ctx.actor.visitorId) throw new NotFoundError('Conversation');
    return conversation;
  }
}

export function cleanText(text: string): string {
  // Strip control characters (keeping newlines and tabs) and surrounding blank space.
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (!clean) throw new UserInputError('A message cannot be empty', { text: ['empty'] });
  if (clean.length > MAX_MESSAGE_LENGTH) throw new UserInputError(`A message can be at most ${MAX_MESSAGE_LENGTH} characters`, { text: ['too long'] });
  return clean;
}

function newestFirst(qb: SelectQueryBuilder<Conversation>): SelectQueryBuilder<Conversation> {
  return qb.orderBy('c.last_message_at', 'DESC').addOrderBy('c.id', 'DESC');
}

/** Keyset cursor of a conversation in the newest-activity-first list. */
export function encodeCursor(c: Conversation): string {
  return Buffer.from(`${new Date(c.lastMessageAt).toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw new UserInputError('Invalid cursor');
  return { at, id };
}
