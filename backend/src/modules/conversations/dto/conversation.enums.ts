import { registerEnumType } from '@nestjs/graphql';
import { ConversationStatus, MessageAuthor } from '@shopdesk/shared';
import { LiveEventType } from '../live-event-type';
import { SystemEvent } from '../system-event';

registerEnumType(ConversationStatus, { name: 'ConversationStatus' });
registerEnumType(MessageAuthor, { name: 'MessageAuthor' });
registerEnumType(LiveEventType, { name: 'ConversationEventType', description: 'TYPING, READ and MESSAGE_DELTA are live only; the others are stored.' });
registerEnumType(SystemEvent, { name: 'SystemEvent', description: 'What a SYSTEM message announces, for clients that word it in their own language.' });

export { ConversationStatus, LiveEventType, MessageAuthor, SystemEvent };
