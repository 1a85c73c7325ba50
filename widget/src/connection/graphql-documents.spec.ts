import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import {
  CONVERSATION_EVENTS,
  CONVERSATION_MESSAGES,
  IDENTIFY_VISITOR,
  RATE_CONVERSATION,
  REQUEST_HUMAN,
  SEND_MESSAGE,
  SET_TYPING,
  START_VISITOR_SESSION,
} from './graphql-documents';

// The backend commits its printed schema; the widget's operations must stay valid against it.
const schema = buildSchema(readFileSync(join(__dirname, '../../../backend/schema.graphql'), 'utf8'));

describe('widget GraphQL operations', () => {
  it.each([
    ['startVisitorSession', START_VISITOR_SESSION],
    ['sendMessage', SEND_MESSAGE],
    ['conversation messages', CONVERSATION_MESSAGES],
    ['conversationEvents', CONVERSATION_EVENTS],
    ['requestHuman', REQUEST_HUMAN],
    ['setTyping', SET_TYPING],
    ['identifyVisitor', IDENTIFY_VISITOR],
    ['rateConversation', RATE_CONVERSATION],
  ])('%s is valid against backend/schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
