import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MessageAuthor } from './conversation.enums';

@ObjectType('Message')
export class MessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int, { description: 'Position in the conversation: 1, 2, 3… with no gaps.' })
  seq!: number;

  @Field(() => MessageAuthor)
  author!: MessageAuthor;

  @Field()
  text!: string;

  @Field()
  createdAt!: Date;
}
