import { Injectable } from '@nestjs/common';
import { ConversationEventType, ConversationStatus, MAX_MESSAGE_LENGTH, MessageAuthor } from '@shopdesk/shared';
import { MoreThan, QueryFailedError } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { EventBus } from '../../platform/events/event-bus';
import { ForbiddenError, NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { PubSubPort } from '../../platform/pubsub/pubsub.port';
import {
  conversationTopic,
  ConversationCreatedEvent,
  LiveConversationEvent,
  MessageCreatedEvent,
  tenantConversationsTopic,
} from './conversation-events';
import { snapshotOfConversation, snapshotOfMessage } from './conversation-snapshots';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';

export interface PostMessage {
  conversationId: string;
  author: MessageAuthor;
  authorId: string | null;
  text: string;
  inReplyTo?: string;
}

export interface ConversationPage {
  items: Conversation[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const PREVIEW_LENGTH = 140;

@Injectable()
export class ConversationService {
  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
    private readonly pubsub: PubSubPort,
  ) {}

  /** A visitor writes: into their conversation, or a new one when none is given. */
  async sendVisitorMessage(ctx: TenantContext, conversationId: string | undefined, text: string): Promise<Message> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only visitors write through the widget');
    const visitorId = ctx.actor.visitorId;
    const clean = cleanText(text);
    return this.data.transaction(ctx, async (tx) => {
      let conversation: Conversation;
      if (conversationId) {
        conversation = await this.getForActor(tx, conversationId);
      } else {
        conversation = await this.data.repo(tx, Conversation).insert({ visitorId, status: ConversationStatus.BOT, lastSeq: 0, lastMessagePreview: null });
        const snapshot = snapshotOfConversation(conversation);
        this.events.publish(tx, new ConversationCreatedEvent(tx.tenantId, tx.actor, snapshot));
      }
      return this.append(tx, { conversationId: conversation.id, author: MessageAuthor.VISITOR, authorId: visitorId, text: clean });
    });
  }

  /**
   * Appends a message with the conversation's next sequence number. The sequence is bumped with an
   * atomic UPDATE, which also serialises concurrent writers of one conversation.
   * A bot reply to a message that already has one returns the existing reply (retried jobs).
   */
  async postMessage(ctx: TenantContext, input: PostMessage): Promise<Message> {
    try {
      return await this.data.transaction(ctx, (tx) => this.append(tx, { ...input, text: cleanText(input.text) }));
    } catch (error) {
      if (input.inReplyTo && error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        const existing = await this.data.repo(ctx, Message).findOneBy({ inReplyTo: input.inReplyTo, author: input.author });
        if (existing) return existing;
      }
      throw error;
    }
  }

  private async append(tx: TenantContext, input: PostMessage): Promise<Message> {
    const preview = input.text.length > PREVIEW_LENGTH ? `${input.text.slice(0, PREVIEW_LENGTH - 1)}…` : input.text;
    const rows = await this.data.repo(tx, Conversation).sql<{ last_seq: number }>(
      `UPDATE conversations SET last_seq = last_seq + 1, last_message_at = now(), last_message_preview = $3, updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING last_seq`,
      [input.conversationId, preview],
    );
    // TypeORM returns [rows, count] for UPDATE ... RETURNING on PostgreSQL.
    const updated = (Array.isArray(rows[0]) ? rows[0] : rows) as Array<{ last_seq: number }>;
    if (!updated.length) throw new NotFoundError('Conversation');
    const message = await this.data.repo(tx, Message).insert({
      conversationId: input.conversationId,
      seq: updated[0].last_seq,
      author: input.author,
      authorId: input.authorId,
      text: input.text,
      inReplyTo: input.inReplyTo ?? null,
    });
    const conversation = await this.data.repo(tx, Conversation).findOneBy({ id: input.conversationId });
    const conversationSnapshot = snapshotOfConversation(conversation!);
    const messageSnapshot = snapshotOfMessage(message);
    this.events.publish(tx, new MessageCreatedEvent(tx.tenantId, tx.actor, conversationSnapshot, messageSnapshot));
    const tenantId = tx.tenantId;
    const live: LiveConversationEvent = {
      tenantId,
      type: conversation!.lastSeq === 1 ? ConversationEventType.CONVERSATION_CREATED : ConversationEventType.MESSAGE_CREATED,
      conversation: conversationSnapshot,
      message: messageSnapshot,
    };
    tx.afterCommit(() => {
      void this.pubsub.publish(conversationTopic(tenantId, input.conversationId), { ...live, type: ConversationEventType.MESSAGE_CREATED });
      void this.pubsub.publish(tenantConversationsTopic(tenantId), live);
    });
    return message;
  }

  /** The conversation if the actor may see it: staff of the store, or the visitor it belongs to. */
  async getForActor(ctx: TenantContext, id: string): Promise<Conversation> {
    const conversation = await this.data.repo(ctx, Conversation).findOneBy({ id });
    if (!conversation) throw new NotFoundError('Conversation');
    if (ctx.actor.kind === 'visitor' && conversation.visitorId !== ctx.actor.visitorId) throw new NotFoundError('Conversation');
    return conversation;
  }

  async findForActor(ctx: TenantContext, id: string): Promise<Conversation | null> {
    try {
      return await this.getForActor(ctx, id);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** Messages after `afterSeq`, oldest first: what a client re-fetches after a reconnect. */
  messages(ctx: TenantContext, conversationId: string, afterSeq: number, first: number): Promise<Message[]> {
    return this.data.repo(ctx, Message).find({
      where: { conversationId, seq: MoreThan(afterSeq) },
      order: { seq: 'ASC' },
      take: first,
    });
  }

  /** Newest activity first, keyset-paginated. */
  async list(ctx: TenantContext, filter: { status?: ConversationStatus }, first: number, after?: string): Promise<ConversationPage> {
    const qb = this.data.repo(ctx, Conversation).query('c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (after) {
      const cursor = decodeCursor(after);
      qb.andWhere('(c.last_message_at, c.id) < (:at, :id)', cursor);
    }
    const rows = await qb.orderBy('c.last_message_at', 'DESC').addOrderBy('c.id', 'DESC').take(first + 1).getMany();
    const items = rows.slice(0, first);
    const last = items[items.length - 1];
    return { items, hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last) : null };
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
}

function cleanText(text: string): string {
  // Strip control characters (keeping newlines and tabs) and surrounding blank space.
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  if (!clean) throw new UserInputError('A message cannot be empty', { text: ['empty'] });
  if (clean.length > MAX_MESSAGE_LENGTH) throw new UserInputError(`A message can be at most ${MAX_MESSAGE_LENGTH} characters`, { text: ['too long'] });
  return clean;
}

function encodeCursor(c: Conversation): string {
  return Buffer.from(`${new Date(c.lastMessageAt).toISOString()}|${c.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw new UserInputError('Invalid cursor');
  return { at, id };
}
