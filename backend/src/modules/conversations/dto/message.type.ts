import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MessageBlock } from '../message-blocks';
import { MessageBlockUnion } from './message-block.types';
import { MessageAuthor, SystemEvent } from './conversation.enums';

@ObjectType('Message')
export class MessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int, { description: 'Position in the conversation: 1, 2, 3… Visitors see gaps only where internal notes sit.' })
  seq!: number;

  @Field(() => MessageAuthor)
  author!: MessageAuthor;

  @Field(() => String, { nullable: true, description: "The agent's name (AGENT messages) or the agent a SYSTEM notice is about." })
  authorName!: string | null;

  @Field()
  text!: string;

  @Field({ description: 'A note for the team; visitors never receive these.' })
  internal!: boolean;

  @Field(() => SystemEvent, { nullable: true })
  systemEvent!: SystemEvent | null;

  @Field(() => [MessageBlockUnion], { description: 'Rich content shown under the text.' })
  blocks!: MessageBlock[];

  @Field(() => ID, { nullable: true, description: 'For bot replies: the visitor message answered.' })
  inReplyTo!: string | null;

  @Field()
  createdAt!: Date;
}
