import { registerEnumType } from '@nestjs/graphql';
import { ConversationEventType, ConversationStatus, MessageAuthor } from '@shopdesk/shared';

registerEnumType(ConversationStatus, { name: 'ConversationStatus' });
registerEnumType(MessageAuthor, { name: 'MessageAuthor' });
registerEnumType(ConversationEventType, { name: 'ConversationEventType' });

export { ConversationEventType, ConversationStatus, MessageAuthor };
