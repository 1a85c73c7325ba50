import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { AssistantReplyProcessor } from './assistant-reply.processor';

@Module({
  imports: [ConversationsModule, TenancyModule],
  providers: [AssistantReplyProcessor],
})
export class AssistantModule {}
