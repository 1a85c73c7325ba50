import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { CannedReply } from './canned-reply.entity';
import { CannedReplyResolver } from './canned-reply.resolver';
import { CannedReplyService } from './canned-reply.service';
import { ChatLimits } from './chat-limits';
import { ConversationAgentResolver } from './conversation-agent.resolver';
import { ConversationAgentService } from './conversation-agent.service';
import { ConversationLoaders } from './conversation-loaders';
import { ConversationPresenceService } from './conversation-presence.service';
import { ConversationSnoozeProcessor } from './conversation-snooze.processor';
import { ConversationSubscriptionResolver } from './conversation-subscription.resolver';
import { Conversation } from './conversation.entity';
import { ConversationResolver } from './conversation.resolver';
import { ConversationService } from './conversation.service';
import { Message } from './message.entity';
import { VisitorMessageArrivals } from './visitor-message-arrivals';
import { VisitorRateLimits } from './visitor-rate-limits';
import { VisitorContactService } from './visitor-contact.service';
import { VisitorSessionService } from './visitor-session.service';
import { Visitor } from './visitor.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Visitor, Conversation, Message, CannedReply]), TenancyModule, IdentityModule],
  providers: [
    ChatLimits,
    VisitorRateLimits,
    VisitorMessageArrivals,
    ConversationService,
    ConversationAgentService,
    ConversationPresenceService,
    CannedReplyService,
    ConversationSnoozeProcessor,
    VisitorSessionService,
    VisitorContactService,
    ConversationLoaders,
    ConversationResolver,
    ConversationAgentResolver,
    CannedReplyResolver,
    ConversationSubscriptionResolver,
  ],
  exports: [ConversationService, ChatLimits, VisitorMessageArrivals],
})
export class ConversationsModule {}
