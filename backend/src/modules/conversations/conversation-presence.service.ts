import { Injectable } from '@nestjs/common';
import { MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError } from '../../platform/graphql/app-errors';
import { TeamService } from '../identity/team.service';
import { Conversation } from './conversation.entity';
import { ConversationService } from './conversation.service';
import { LiveEventType } from './live-event-type';
import { VisitorRateLimits } from './visitor-rate-limits';

/** Who is writing and what each side has read: typing is live only, read markers are stored. */
@Injectable()
export class ConversationPresenceService {
  constructor(
    private readonly data: TenantDataService,
    private readonly conversations: ConversationService,
    private readonly team: TeamService,
    private readonly rateLimits: VisitorRateLimits,
  ) {}

  /** Tells the other side someone is writing (or stopped). Never stored. */
  async setTyping(ctx: TenantContext, conversationId: string, active: boolean): Promise<boolean> {
    const conversation = await this.conversations.getForActor(ctx, conversationId);
    const actor = ctx.actor;
    if (actor.kind !== 'visitor' && actor.kind !== 'staff') throw new ForbiddenError('Only visitors and team members type');
    const actorKey = actor.kind === 'visitor' ? `v:${actor.visitorId}` : `s:${actor.userId}`;
    if (!(await this.rateLimits.allowTyping(ctx, actorKey))) return false;
    const typing =
      actor.kind === 'visitor'
        ? { author: MessageAuthor.VISITOR, name: null, active }
        : { author: MessageAuthor.AGENT, name: await this.staffName(ctx, actor.userId), active };
    await this.conversations.publishLive(ctx, LiveEventType.TYPING, conversation, typing);
    return true;
  }

  /**
   * Marks everything up to `seq` as seen by the caller's side (the visitor, or the store's team) and
   * recounts that side's unread messages.
   */
  async markRead(ctx: TenantContext, conversationId: string, seq: number): Promise<Conversation> {
    const visitor = ctx.actor.kind === 'visitor';
    const conversation = await this.data.transaction(ctx, async (tx) => {
      await this.conversations.lockForActor(tx, conversationId);
      const statement = visitor
        ? `UPDATE conversations c SET
              visitor_read_seq = GREATEST(c.visitor_read_seq, LEAST($3, c.last_seq)),
              unread_for_visitor = (SELECT count(*) FROM messages m WHERE m.tenant_id = $1 AND m.conversation_id = $2
                 AND m.seq > GREATEST(c.visitor_read_seq, LEAST($3, c.last_seq)) AND m.author <> 'visitor' AND NOT m.internal)
            WHERE c.tenant_id = $1 AND c.id = $2`
        : `UPDATE conversations c SET
              staff_read_seq = GREATEST(c.staff_read_seq, LEAST($3, c.last_seq)),
              unread_for_staff = (SELECT count(*) FROM messages m WHERE m.tenant_id = $1 AND m.conversation_id = $2
                 AND m.seq > GREATEST(c.staff_read_seq, LEAST($3, c.last_seq)) AND m.author = 'visitor')
            WHERE c.tenant_id = $1 AND c.id = $2`;
      await this.data.repo(tx, Conversation).sql(statement, [conversationId, seq]);
      return this.conversations.getForActor(tx, conversationId);
    });
    await this.conversations.publishLive(ctx, LiveEventType.READ, conversation);
    return conversation;
  }

  private async staffName(ctx: TenantContext, userId: string): Promise<string> {
    const member = await this.team.member(ctx, userId);
    return member.name?.trim() || member.email.split('@')[0];
  }
}
