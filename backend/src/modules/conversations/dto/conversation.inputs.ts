import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConversationStatus } from './conversation.enums';

@InputType()
export class SendMessageInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to start a new conversation.' })
  @IsOptional()
  @IsUUID()
  conversationId?: string;

  @Field()
  @IsString()
  @Length(1, MAX_MESSAGE_LENGTH, { message: `text must be 1 to ${MAX_MESSAGE_LENGTH} characters` })
  text!: string;
}

@InputType()
export class ConversationFilter {
  @Field(() => ConversationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ConversationStatus)
  status?: ConversationStatus;
}

@ArgsType()
export class ConversationsArgs {
  @Field(() => ConversationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConversationFilter)
  filter?: ConversationFilter;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ArgsType()
export class StartVisitorSessionArgs {
  @Field()
  @IsString()
  @Length(4, 100)
  publicKey!: string;

  @Field(() => String, { nullable: true, description: 'A token from an earlier session, to continue as the same visitor.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  visitorToken?: string;
}
