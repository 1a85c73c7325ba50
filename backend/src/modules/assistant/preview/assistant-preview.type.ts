import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AssistantEntity', { description: 'A value found in a message (price range, order number, email…).' })
export class AssistantEntityType {
  @Field()
  type!: string;

  @Field()
  value!: string;
}

@ObjectType('AssistantToolCall')
export class AssistantToolCallType {
  @Field()
  name!: string;

  @Field()
  ok!: boolean;

  @Field({ description: 'Arguments as JSON.' })
  arguments!: string;
}

@ObjectType('AssistantPreview', { description: 'What the assistant understands and answers for a text, without changing anything.' })
export class AssistantPreviewType {
  @Field()
  intent!: string;

  @Field(() => Float)
  confidence!: number;

  @Field(() => [AssistantEntityType])
  entities!: AssistantEntityType[];

  @Field()
  reply!: string;

  @Field(() => [AssistantToolCallType])
  toolCalls!: AssistantToolCallType[];

  @Field({ description: 'rules or openai: which provider produced the reply.' })
  provider!: string;

  @Field({ nullable: true, description: 'Why the model was not used, when the rules answered instead.' })
  fallbackReason?: string;

  @Field({ description: 'ok, or what the guardrails caught (injection, abuse, too_long, leak).' })
  guard!: string;

  @Field(() => Int, { description: 'Figures the reply stated without tool backing (the reply was replaced).' })
  groundingCorrections!: number;

  @Field(() => [String], { description: 'Knowledge documents the reply used.' })
  citations!: string[];

  @Field(() => Float, { description: 'Sentiment of the text, -1..1.' })
  sentiment!: number;
}

@ObjectType('AssistantUsage', { description: "The store's assistant activity over a period." })
export class AssistantUsageType {
  @Field(() => Int)
  turns!: number;

  @Field(() => Int)
  promptTokens!: number;

  @Field(() => Int)
  completionTokens!: number;

  @Field(() => Int, { description: 'Turns the rules answered because the model failed or was unavailable.' })
  fallbacks!: number;

  @Field(() => Int)
  groundingCorrections!: number;

  @Field(() => Int, { description: 'Messages stopped by guardrails or budgets.' })
  blocked!: number;

  @Field(() => Int)
  averageLatencyMs!: number;
}
