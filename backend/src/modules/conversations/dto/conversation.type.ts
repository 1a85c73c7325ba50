import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConversationEventType, ConversationStatus } from './conversation.enums';
import { MessageType } from './message.type';

@ObjectType('Visitor')
export class VisitorType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('Conversation')
export class ConversationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationStatus)
  status!: ConversationStatus;

  visitorId!: string;

  @Field()
  createdAt!: Date;

  @Field()
  lastMessageAt!: Date;

  @Field(() => String, { nullable: true })
  lastMessagePreview!: string | null;
}

@ObjectType('ConversationEdge')
export class ConversationEdge {
  @Field()
  cursor!: string;

  @Field(() => ConversationType)
  node!: ConversationType;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('ConversationConnection')
export class ConversationConnection {
  @Field(() => [ConversationEdge])
  edges!: ConversationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('ConversationEvent')
export class ConversationEventObject {
  @Field(() => ConversationEventType)
  type!: ConversationEventType;

  @Field(() => ConversationType)
  conversation!: ConversationType;

  @Field(() => MessageType, { nullable: true })
  message!: MessageType | null;
}
