import { Injectable } from '@nestjs/common';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { ForbiddenError, UserInputError } from '../../platform/graphql/app-errors';
import { TeamService } from '../identity/team.service';
import { Conversation } from './conversation.entity';
import { cleanText, ConversationService, StatePatch } from './conversation.service';
import { MessageBlock } from './message-blocks';
import { Message } from './message.entity';
import { SystemEvent } from './system-event';

interface StaffMember {
  userId: string;
  name: string;
}

// Two weeks keeps the wake-up timer well inside what setTimeout (in-process jobs) can hold.
const MAX_SNOOZE_MS = 14 * 24 * 3600 * 1000;

export const WAKE_SNOOZED_JOB = 'conversations.wake-snoozed';

export interface WakeSnoozedJob extends JobPayload {
  conversationId: string;
  /** ISO time the conversation was snoozed until; a later re-snooze makes this job a no-op. */
  until: string;
}

/**
 * What the store's team does in a conversation: take it over from the bot and hand it back, assign,
 * reply, write notes, resolve, snooze and reopen. Every change the visitor should know about leaves a
 * system message in the transcript, so a handoff is never silent.
 */
@Injectable()
export class ConversationAgentService {
  constructor(
    private readonly data: TenantDataService,
    private readonly conversations: ConversationService,
    private readonly team: TeamService,
    private readonly jobs: JobQueuePort,
  ) {}

  /** The agent owns the conversation from now on; the bot stops answering at once. */
  takeOver(ctx: TenantContext, conversationId: string): Promise<Conversation> {
    return this.assign(ctx, conversationId, this.staffId(ctx));
  }

  /** Assigns to a team member (or to nobody: back to the queue of waiting conversations). */
  async assign(ctx: TenantContext, conversationId: string, userId: string | null): Promise<Conversation> {
    const assignee = userId ? await this.memberOf(ctx, userId) : null;
    return this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      if (!assignee) {
        if (!conversation.assignedTo) return conversation;
        const name = conversation.assignedName;
        const status = conversation.status === ConversationStatus.ASSIGNED ? ConversationStatus.WAITING_FOR_HUMAN : conversation.status;
        return this.change(
          tx,
          conversation,
          { status, assignedTo: null, assignedName: null },
          SystemEvent.AGENT_LEFT,
          `${name ?? 'Our team member'} left the conversation. Someone else from our team will be with you shortly.`,
          name,
        );
      }
      if (conversation.assignedTo === assignee.userId && conversation.status === ConversationStatus.ASSIGNED) return conversation;
      return this.change(
        tx,
        conversation,
        { status: ConversationStatus.ASSIGNED, assignedTo: assignee.userId, assignedName: assignee.name, snoozedUntil: null },
        SystemEvent.AGENT_JOINED,
        `${assignee.name} from our team joined the conversation.`,
        assignee.name,
      );
    });
  }

  /** The bot takes the conversation back and answers the visitor's next message. */
  async handBack(ctx: TenantContext, conversationId: string): Promise<Conversation> {
    this.staffId(ctx);
    return this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      if (conversation.status === ConversationStatus.BOT) return conversation;
      const name = conversation.assignedName;
      return this.change(
        tx,
        conversation,
        { status: ConversationStatus.BOT, assignedTo: null, assignedName: null, snoozedUntil: null },
        SystemEvent.HANDED_BACK,
        `${name ?? 'Our team member'} left the conversation. Our assistant is here to help again.`,
        name,
      );
    });
  }

  async resolve(ctx: TenantContext, conversationId: string): Promise<Conversation> {
    return this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      if (conversation.status === ConversationStatus.RESOLVED) return conversation;
      return this.change(tx, conversation, { status: ConversationStatus.RESOLVED, snoozedUntil: null }, SystemEvent.RESOLVED, 'This conversation was marked as resolved. Write again any time if you need more help.');
    });
  }

  /** Parks a conversation until a time, when it reopens by itself; a new visitor message wakes it earlier. */
  async snooze(ctx: TenantContext, conversationId: string, until: Date): Promise<Conversation> {
    const ms = until.getTime() - Date.now();
    if (!(ms > 0 && ms <= MAX_SNOOZE_MS)) throw new UserInputError('Snooze until a time within the next 14 days', { until: ['out of range'] });
    const snoozed = await this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      return this.change(tx, conversation, { status: ConversationStatus.SNOOZED, snoozedUntil: until }, SystemEvent.SNOOZED, 'We will get back to you on this conversation soon.');
    });
    const job: WakeSnoozedJob = { tenantId: ctx.tenantId, conversationId, until: until.toISOString() };
    await this.jobs.enqueue(WAKE_SNOOZED_JOB, job, { jobId: `${conversationId}:${job.until}`, delayMs: ms });
    return snoozed;
  }

  /** The snooze time has come: reopen, unless it was reopened or snoozed again meanwhile. */
  async wakeIfDue(ctx: TenantContext, conversationId: string, until: Date): Promise<void> {
    await this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      const snoozedUntil = conversation.snoozedUntil ? new Date(conversation.snoozedUntil).getTime() : null;
      if (conversation.status !== ConversationStatus.SNOOZED || snoozedUntil !== until.getTime()) return;
      const status = conversation.assignedTo ? ConversationStatus.ASSIGNED : ConversationStatus.WAITING_FOR_HUMAN;
      await this.change(tx, conversation, { status, snoozedUntil: null }, SystemEvent.REOPENED, 'This conversation was reopened.');
    });
  }

  async reopen(ctx: TenantContext, conversationId: string): Promise<Conversation> {
    return this.data.transaction(ctx, async (tx) => {
      const conversation = await this.conversations.lockForActor(tx, conversationId);
      if (conversation.status !== ConversationStatus.RESOLVED && conversation.status !== ConversationStatus.SNOOZED) return conversation;
      const status = conversation.assignedTo ? ConversationStatus.ASSIGNED : ConversationStatus.WAITING_FOR_HUMAN;
      return this.change(tx, conversation, { status, snoozedUntil: null }, SystemEvent.REOPENED, 'This conversation was reopened.');
    });
  }

  /**
   * An agent answers the visitor. Answering a conversation the bot still owns takes it over first,
   * so the bot never talks over a person.
   */
  async reply(ctx: TenantContext, conversationId: string, text: string, imageUrl?: string): Promise<Message> {
    const me = await this.me(ctx);
    const clean = cleanText(text);
    return this.data.transaction(ctx, async (tx) => {
      let conversation = await this.conversations.lockForActor(tx, conversationId);
      if (conversation.assignedTo !== me.userId || conversation.status !== ConversationStatus.ASSIGNED) {
        conversation = await this.change(
          tx,
          conversation,
          { status: ConversationStatus.ASSIGNED, assignedTo: me.userId, assignedName: me.name, snoozedUntil: null },
          SystemEvent.AGENT_JOINED,
          `${me.name} from our team joined the conversation.`,
          me.name,
        );
      }
      const blocks: MessageBlock[] = imageUrl ? [{ kind: 'image', url: imageUrl, alt: null }] : [];
      return (await this.conversations.append(tx, { conversationId, author: MessageAuthor.AGENT, authorId: me.userId, authorName: me.name, text: clean, blocks }))!;
    });
  }

  /** A note for the team: kept in the transcript, never shown to the visitor. */
  async addNote(ctx: TenantContext, conversationId: string, text: string): Promise<Message> {
    const me = await this.me(ctx);
    const clean = cleanText(text);
    return this.data.transaction(ctx, async (tx) => {
      await this.conversations.lockForActor(tx, conversationId);
      return (await this.conversations.append(tx, { conversationId, author: MessageAuthor.AGENT, authorId: me.userId, authorName: me.name, text: clean, internal: true }))!;
    });
  }

  private async change(tx: TenantContext, conversation: Conversation, patch: StatePatch, event: SystemEvent, text: string, agentName?: string | null): Promise<Conversation> {
    await this.conversations.updateState(tx, conversation, patch);
    await this.conversations.append(tx, { conversationId: conversation.id, author: MessageAuthor.SYSTEM, authorId: null, authorName: agentName ?? null, text, systemEvent: event });
    return (await this.conversations.getForActor(tx, conversation.id))!;
  }

  private staffId(ctx: TenantContext): string {
    if (ctx.actor.kind !== 'staff') throw new ForbiddenError('Only team members can do this');
    return ctx.actor.userId;
  }

  private me(ctx: TenantContext): Promise<StaffMember> {
    return this.memberOf(ctx, this.staffId(ctx));
  }

  private async memberOf(ctx: TenantContext, userId: string): Promise<StaffMember> {
    const member = await this.team.member(ctx, userId);
    return { userId: member.id, name: member.name?.trim() || member.email.split('@')[0] };
  }
}
