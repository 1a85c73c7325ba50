import { Injectable } from '@nestjs/common';
import { ConversationService } from '../../conversations/conversation.service';
import { AssistantTool, emptyFacts, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';

@Injectable()
export class HandoffToHumanTool implements AssistantTool {
  readonly name = 'handoff_to_human';
  readonly description = 'Ask a member of the store team to take over this chat. Use when the shopper asks for a person or you cannot help.';
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: { reason: { type: 'string', description: 'Short reason for the team' } },
    required: [],
    additionalProperties: false,
  };

  constructor(private readonly conversations: ConversationService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const reason = stringArg(args, 'reason') ?? 'requested';
    if (invocation.dryRun || !invocation.conversationId) {
      return { ok: true, content: { handed_off: false, preview: true, reason }, facts: emptyFacts(), products: [], citations: [] };
    }
    const { ctx, conversationId } = invocation;
    invocation.afterReply.push(() => this.conversations.requestHuman(ctx, conversationId));
    return { ok: true, content: { handed_off: true, reason }, facts: emptyFacts(), products: [], citations: [] };
  }
}
