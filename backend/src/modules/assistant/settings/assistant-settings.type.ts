import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

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
