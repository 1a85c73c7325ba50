import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, validate } from 'graphql';
import * as actions from './agent/conversation-actions.graphql';
import { TENANT_CONVERSATION_EVENTS } from './conversation-events.graphql';
import { CONVERSATION_TRANSCRIPT } from './conversation-transcript/conversation-transcript.graphql';
import { CONVERSATIONS } from './conversations-page.graphql';

// The backend commits its printed schema; the inbox's operations must stay valid against it.
const schema = buildSchema(readFileSync(join(__dirname, '../../../../backend/schema.graphql'), 'utf8'));

const documents: Record<string, DocumentNode> = {
  CONVERSATIONS,
  CONVERSATION_TRANSCRIPT,
  TENANT_CONVERSATION_EVENTS,
  ...Object.fromEntries(Object.entries(actions).filter((entry): entry is [string, DocumentNode] => (entry[1] as DocumentNode)?.kind === 'Document')),
};

describe('conversation GraphQL operations', () => {
  it.each(Object.entries(documents))('%s is valid against backend/schema.graphql', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
