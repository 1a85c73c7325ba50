import { Injectable } from '@nestjs/common';
import { KnowledgeService } from '../../knowledge/knowledge.service';
import { neutralizeData } from '../guardrails/input-guard';
import { AssistantTool, emptyFacts, stringArg, ToolInvocation, ToolParameters, ToolResult } from './assistant-tool';

@Injectable()
export class GetPolicyTool implements AssistantTool {
  readonly name = 'get_policy';
  readonly description = "Passages of the store's policies, FAQs and documents (returns, shipping, payment…) answering a question. Cite the title.";
  readonly parameters: ToolParameters = {
    type: 'object',
    properties: { question: { type: 'string', description: 'The question, e.g. "how long do I have to return an item"' } },
    required: ['question'],
    additionalProperties: false,
  };

  constructor(private readonly knowledge: KnowledgeService) {}

  async run(invocation: ToolInvocation, args: Record<string, unknown>): Promise<ToolResult> {
    const question = stringArg(args, 'question') ?? '';
    const passages = await this.knowledge.search(invocation.ctx, question, 3);
    return {
      ok: passages.length > 0,
      content: { passages: passages.map((p) => ({ title: p.title, heading: p.heading, text_data: neutralizeData(p.content) })) },
      facts: emptyFacts(),
      products: [],
      citations: [...new Set(passages.map((p) => p.title))],
    };
  }
}
