import { Injectable } from '@nestjs/common';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { ForbiddenError } from '../../platform/graphql/app-errors';
import { cleanText, ConversationService } from './conversation.service';
import { Conversation } from './conversation.entity';
import { SystemEvent } from './system-event';
import { Visitor } from './visitor.entity';
import { VisitorRateLimits } from './visitor-rate-limits';

export interface ContactRequest {
  conversationId?: string;
  email: string;
  message?: string;
}

const AWAY_STATUSES = new Set([ConversationStatus.BOT, ConversationStatus.RESOLVED, ConversationStatus.SNOOZED]);

/**
 * When nobody is there to answer (outside business hours), a visitor leaves an email. The
 * conversation joins the team's queue with the address and the question in it, so nothing asked
 * after hours is lost, and the visitor is told where the answer will come.
 */
@Injectable()
export class VisitorContactService {
  constructor(
    private readonly data: TenantDataService,
    private readonly conversations: ConversationService,
    private readonly rateLimits: VisitorRateLimits,
  ) {}

  async leaveContactEmail(ctx: TenantContext, request: ContactRequest): Promise<Conversation> {
    if (ctx.actor.kind !== 'visitor') throw new ForbiddenError('Only visitors leave their contact details');
    const visitorId = ctx.actor.visitorId;
    const message = request.message?.trim() ? cleanText(request.message) : null;
    await this.rateLimits.checkMessage(ctx, visitorId, !request.conversationId);
    return this.data.transaction(ctx, async (tx) => {
      let conversation = request.conversationId ? await this.conversations.lockForActor(tx, request.conversationId) : await this.conversations.start(tx, visitorId);
      await this.data.repo(tx, Visitor).update({ id: visitorId }, { email: request.email });
      // Queued for a person before the question is written, so the bot never answers it.
      if (AWAY_STATUSES.has(conversation.status)) {
        conversation = await this.conversations.updateState(tx, conversation, { status: ConversationStatus.WAITING_FOR_HUMAN, assignedTo: null, assignedName: null, snoozedUntil: null });
      }
      if (message) await this.conversations.append(tx, { conversationId: conversation.id, author: MessageAuthor.VISITOR, authorId: visitorId, text: message });
      await this.conversations.append(tx, {
        conversationId: conversation.id,
        author: MessageAuthor.SYSTEM,
        authorId: null,
        text: `Thanks! Our team will answer at ${request.email} as soon as we're back.`,
        systemEvent: SystemEvent.CONTACT_LEFT,
      });
      return this.conversations.getForActor(tx, conversation.id);
    });
  }
}
