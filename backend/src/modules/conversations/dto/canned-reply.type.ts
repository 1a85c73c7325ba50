import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

@ObjectType('CannedReply')
export class CannedReplyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Typed after a slash in the composer, e.g. "shipping" for /shipping.' })
  shortcut!: string;

  @Field()
  text!: string;
}

@InputType()
export class CannedReplyInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to create one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field()
  @IsString()
  @Length(1, 41)
  shortcut!: string;

  @Field()
  @IsString()
  @Length(1, MAX_MESSAGE_LENGTH)
  text!: string;
}
