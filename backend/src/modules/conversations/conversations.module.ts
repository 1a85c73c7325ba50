import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { ConversationLoaders } from './conversation-loaders';
import { ConversationSubscriptionResolver } from './conversation-subscription.resolver';
import { Conversation } from './conversation.entity';
import { ConversationResolver } from './conversation.resolver';
import { ConversationService } from './conversation.service';
import { Message } from './message.entity';
import { VisitorSessionService } from './visitor-session.service';
import { Visitor } from './visitor.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Visitor, Conversation, Message]), TenancyModule, IdentityModule],
  providers: [ConversationService, VisitorSessionService, ConversationLoaders, ConversationResolver, ConversationSubscriptionResolver],
  exports: [ConversationService],
})
export class ConversationsModule {}
