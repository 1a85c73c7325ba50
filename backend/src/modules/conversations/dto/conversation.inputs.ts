import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConversationStatus } from './conversation.enums';
import { StoreDayRangeInput } from './store-day-range.input';

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

  @Field({ nullable: true, description: 'Only conversations assigned to me.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, description: 'Only conversations nobody is assigned to.' })
  @IsOptional()
  @IsBoolean()
  unassigned?: boolean;

  @Field(() => StoreDayRangeInput, {
    nullable: true,
    description: "Only conversations that started on these store-local days: the day the analytics dashboard counts a conversation on.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StoreDayRangeInput)
  startedOn?: StoreDayRangeInput;
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

@InputType()
export class AgentMessageInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field()
  @IsString()
  @Length(1, MAX_MESSAGE_LENGTH, { message: `text must be 1 to ${MAX_MESSAGE_LENGTH} characters` })
  text!: string;

  @Field({ nullable: true, description: 'An image shown under the text: an https address.' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'imageUrl must be an https address' })
  @MaxLength(2000)
  imageUrl?: string;
}

@InputType()
export class AssignConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => ID, { nullable: true, description: 'A team member; leave out to put the conversation back in the queue.' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@InputType()
export class SnoozeConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field()
  @Type(() => Date)
  @IsDate()
  until!: Date;
}

@InputType()
export class IdentifyVisitorInput {
  @Field()
  @IsString()
  @Length(4, 100)
  publicKey!: string;

  @Field({ description: "The store's own id of the signed-in shopper." })
  @IsString()
  @Length(1, 200)
  customerId!: string;

  @Field({ description: 'Hex HMAC-SHA256 of customerId with the widget key identity secret, computed by the store server.' })
  @IsString()
  @Length(1, 256)
  signature!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

@InputType()
export class RateConversationInput {
  @Field(() => ID)
  @IsUUID()
  conversationId!: string;

  @Field(() => Int, { description: '1 (bad) to 5 (great).' })
  @IsInt()
  @Min(1)
  @Max(5)
  score!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

@InputType()
export class LeaveContactEmailInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to start a new conversation.' })
  @IsOptional()
  @IsUUID()
  conversationId?: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ nullable: true, description: 'The question to be answered by email.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_MESSAGE_LENGTH)
  message?: string;
}
