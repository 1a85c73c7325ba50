import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidationArguments,
} from 'class-validator';
import { REPLY_LANGUAGES } from './reply-languages';

const MAX_HANDOFF_KEYWORDS = 20;
const MAX_HANDOFF_KEYWORD_LENGTH = 40;

function unsupportedLanguages({ value }: ValidationArguments): string {
  const unknown = ([] as unknown[]).concat(value).filter((code) => !(REPLY_LANGUAGES as readonly unknown[]).includes(code));
  return `Reply languages must be among ${REPLY_LANGUAGES.join(', ')}; not supported: ${unknown.join(', ')}`;
}

export enum AssistantProviderChoice {
  PLATFORM = 'platform',
  RULES = 'rules',
  OPENAI = 'openai',
}
registerEnumType(AssistantProviderChoice, {
  name: 'AssistantProviderChoice',
  description: "PLATFORM: the server's model when configured, else rules. RULES: never a model. OPENAI: this store's endpoint.",
});

@ObjectType('AssistantSettings', { description: "How the store's assistant speaks and which model answers." })
export class AssistantSettingsType {
  @Field()
  persona!: string;

  @Field()
  tone!: string;

  @Field()
  greeting!: string;

  @Field()
  offTopicReply!: string;

  @Field(() => AssistantProviderChoice)
  provider!: string;

  @Field(() => String, { nullable: true })
  baseUrl!: string | null;

  @Field(() => String, { nullable: true })
  model!: string | null;

  @Field({ description: 'Whether an API key is stored (the key itself is never returned).' })
  hasApiKey!: boolean;

  @Field(() => Int, { nullable: true, description: 'Model tokens per day (UTC) before the rules answer instead; null: the platform default.' })
  dailyTokenBudget!: number | null;

  @Field(() => [String], { description: `Reply languages the store enables (ISO 639-1, among ${REPLY_LANGUAGES.join(', ')}).` })
  languages!: string[];

  @Field({ description: 'Hand the conversation to a person when a visitor message is more negative than handoffSentimentThreshold.' })
  handoffOnNegativeSentiment!: boolean;

  @Field(() => Float, { description: 'Sentiment score from -1 (angry) to 0 (neutral) below which a message counts as negative.' })
  handoffSentimentThreshold!: number;

  @Field(() => Int, { description: 'Hand over after this many turns the assistant could not help with; 0: off.' })
  handoffAfterUnresolvedTurns!: number;

  @Field(() => [String], { description: 'Words or phrases that hand the conversation to a person.' })
  handoffKeywords!: string[];

  @Field(() => Int, { nullable: true, description: 'Messages one visitor may send per day (UTC); null: no limit.' })
  visitorMessagesPerDay!: number | null;

  @Field(() => Int, { nullable: true, description: 'Messages the assistant answers for the whole store per day (UTC); null: no limit.' })
  tenantMessagesPerDay!: number | null;
}

@InputType('AssistantSettingsInput')
export class AssistantSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  persona?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  greeting?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  offTopicReply?: string;

  @Field(() => AssistantProviderChoice, { nullable: true })
  @IsOptional()
  @IsEnum(AssistantProviderChoice)
  provider?: AssistantProviderChoice;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  baseUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  model?: string | null;

  @Field(() => String, { nullable: true, description: 'A new API key (stored encrypted); an empty string removes it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  apiKey?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  dailyTokenBudget?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty({ message: 'Enable at least one reply language' })
  @ArrayUnique({ message: 'Each reply language may be listed once' })
  @IsIn(REPLY_LANGUAGES, { each: true, message: unsupportedLanguages })
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  handoffOnNegativeSentiment?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1, { message: 'The sentiment threshold must be between -1 and 0' })
  @Max(0, { message: 'The sentiment threshold must be between -1 and 0' })
  handoffSentimentThreshold?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Unresolved turns before handoff must be between 0 (off) and 20' })
  @Max(20, { message: 'Unresolved turns before handoff must be between 0 (off) and 20' })
  handoffAfterUnresolvedTurns?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HANDOFF_KEYWORDS, { message: `At most ${MAX_HANDOFF_KEYWORDS} handoff keywords` })
  @IsString({ each: true })
  @MaxLength(MAX_HANDOFF_KEYWORD_LENGTH, { each: true, message: `Each handoff keyword must be at most ${MAX_HANDOFF_KEYWORD_LENGTH} characters` })
  handoffKeywords?: string[];

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Messages per visitor per day must be at least 1 (leave empty for no limit)' })
  visitorMessagesPerDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Messages per store per day must be at least 1 (leave empty for no limit)' })
  tenantMessagesPerDay?: number | null;
}

@ObjectType('AssistantConnectionTest')
export class AssistantConnectionTestType {
  @Field()
  ok!: boolean;

  @Field()
  provider!: string;

  @Field(() => Int)
  latencyMs!: number;

  @Field()
  message!: string;
}
