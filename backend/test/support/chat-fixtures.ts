import { GraphQLClient } from './graphql-client';

export const STORE_ORIGIN = 'https://shop.example.com';

export const START_SESSION = `mutation Start($publicKey: String!, $visitorToken: String) {
  startVisitorSession(publicKey: $publicKey, visitorToken: $visitorToken) { token visitorId settings { storeName greeting primaryColor position } }
}`;
export const SEND = `mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { id conversationId seq author text } }`;
export const CONVERSATION_EVENTS = `subscription Events($id: ID!) {
  conversationEvents(conversationId: $id) { type conversation { id status } message { id seq author text } }
}`;
export const TENANT_EVENTS = `subscription { tenantConversationEvents { type conversation { id visitor { displayName } lastMessagePreview } message { seq author text } } }`;
export const MESSAGES = `query Messages($id: ID!, $after: Int) { conversation(id: $id) { id messages(afterSeq: $after) { id seq author text } } }`;

export interface LiveEvent {
  conversationEvents: { type: string; conversation: { id: string; status: string }; message: { id: string; seq: number; author: string; text: string } | null };
}

export async function createWidgetKey(owner: GraphQLClient, origins = [STORE_ORIGIN]): Promise<string> {
  const data = await owner.ok<{ createWidgetKey: { publicKey: string } }>(
    `mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { publicKey } }`,
    { input: { allowedOrigins: origins } },
  );
  return data.createWidgetKey.publicKey;
}

export async function startVisitor(client: GraphQLClient, publicKey: string, origin = STORE_ORIGIN): Promise<{ token: string; visitorId: string }> {
  const data = await client.ok<{ startVisitorSession: { token: string; visitorId: string } }>(START_SESSION, { publicKey }, { origin });
  client.token = data.startVisitorSession.token;
  return data.startVisitorSession;
}
