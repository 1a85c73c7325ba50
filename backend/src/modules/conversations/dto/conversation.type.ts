import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConversationStatus, LiveEventType, MessageAuthor } from './conversation.enums';
import { MessageType } from './message.type';

@ObjectType('Visitor')
export class VisitorType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  /** The store's customer id, once verified with a signed identity. */
  externalId!: string | null;
}

@ObjectType('ConversationAssignee')
export class ConversationAssigneeType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Conversation')
export class ConversationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ConversationStatus)
  status!: ConversationStatus;

  visitorId!: string;
  assignedTo!: string | null;
  assignedName!: string | null;
  unreadForStaff!: number;
  unreadForVisitor!: number;

  @Field(() => Date, { nullable: true })
  snoozedUntil!: Date | null;

  @Field(() => Int, { description: 'Sequence of the latest message (notes included).' })
  lastSeq!: number;

  @Field(() => Int, { description: 'Highest sequence the visitor has seen.' })
  visitorReadSeq!: number;

  @Field(() => Int, { description: "Highest sequence the store's team has seen." })
  staffReadSeq!: number;

  @Field(() => Int, { nullable: true, description: "The visitor's rating after resolution, 1 to 5." })
  csatScore!: number | null;

  @Field(() => String, { nullable: true })
  csatComment!: string | null;

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

@ObjectType('TypingIndicator')
export class TypingIndicatorType {
  @Field(() => MessageAuthor, { description: 'VISITOR or AGENT.' })
  author!: MessageAuthor;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field()
  active!: boolean;
}

@ObjectType('MessageDelta', { description: 'A chunk of a bot reply being written. Append chunks in order; the stored reply with the same inReplyTo replaces them.' })
export class MessageDeltaType {
  @Field(() => ID)
  inReplyTo!: string;

  @Field()
  text!: string;
}

@ObjectType('ConversationEvent')
export class ConversationEventObject {
  @Field(() => LiveEventType)
  type!: LiveEventType;

  @Field(() => ConversationType)
  conversation!: ConversationType;

  @Field(() => MessageType, { nullable: true })
  message!: MessageType | null;

  @Field(() => TypingIndicatorType, { nullable: true, description: 'Set on TYPING events.' })
  typing!: TypingIndicatorType | null;

  @Field(() => MessageDeltaType, { nullable: true, description: 'Set on MESSAGE_DELTA events.' })
  delta!: MessageDeltaType | null;
}
