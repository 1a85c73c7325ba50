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

export const MESSAGE_FIELDS = `id seq author authorName text internal systemEvent`;
export const CONVERSATION_FIELDS = `id status lastSeq unreadCount visitorReadSeq staffReadSeq assignee { id name }`;
export const FULL_CONVERSATION_EVENTS = `subscription Events($id: ID!) {
  conversationEvents(conversationId: $id) { type conversation { ${CONVERSATION_FIELDS} } message { ${MESSAGE_FIELDS} } typing { author name active } }
}`;
export const FULL_TENANT_EVENTS = `subscription { tenantConversationEvents { type conversation { ${CONVERSATION_FIELDS} } message { ${MESSAGE_FIELDS} } typing { author name active } } }`;
export const TRANSCRIPT = `query Transcript($id: ID!, $after: Int) { conversation(id: $id) { ${CONVERSATION_FIELDS} messages(afterSeq: $after) { ${MESSAGE_FIELDS} } } }`;
export const TAKE_OVER = `mutation($id: ID!) { takeOverConversation(conversationId: $id) { ${CONVERSATION_FIELDS} } }`;
export const HAND_BACK = `mutation($id: ID!) { handBackConversation(conversationId: $id) { ${CONVERSATION_FIELDS} } }`;
export const AGENT_REPLY = `mutation($input: AgentMessageInput!) { sendAgentMessage(input: $input) { ${MESSAGE_FIELDS} } }`;
export const ADD_NOTE = `mutation($input: AgentMessageInput!) { addInternalNote(input: $input) { ${MESSAGE_FIELDS} } }`;
export const REQUEST_HUMAN = `mutation($id: ID!) { requestHuman(conversationId: $id) { ${CONVERSATION_FIELDS} } }`;
export const ASSIGN = `mutation($input: AssignConversationInput!) { assignConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const RESOLVE = `mutation($id: ID!) { resolveConversation(conversationId: $id) { ${CONVERSATION_FIELDS} } }`;
export const SNOOZE = `mutation($input: SnoozeConversationInput!) { snoozeConversation(input: $input) { ${CONVERSATION_FIELDS} } }`;
export const REOPEN = `mutation($id: ID!) { reopenConversation(conversationId: $id) { ${CONVERSATION_FIELDS} } }`;
export const SET_TYPING = `mutation($id: ID!, $active: Boolean!) { setTyping(conversationId: $id, active: $active) }`;
export const MARK_READ = `mutation($id: ID!, $seq: Int!) { markConversationRead(conversationId: $id, seq: $seq) { ${CONVERSATION_FIELDS} } }`;
export const IDENTIFY = `mutation($input: IdentifyVisitorInput!) { identifyVisitor(input: $input) { token visitorId } }`;
export const LIST = `query($filter: ConversationFilter) { conversations(filter: $filter) { edges { node { ${CONVERSATION_FIELDS} } } } }`;

export interface ChatMessage {
  id: string;
  seq: number;
  author: string;
  authorName: string | null;
  text: string;
  internal: boolean;
  systemEvent: string | null;
}

export interface ChatConversation {
  id: string;
  status: string;
  lastSeq: number;
  unreadCount: number;
  visitorReadSeq: number;
  staffReadSeq: number;
  assignee: { id: string; name: string } | null;
}

export interface FullEvent {
  type: string;
  conversation: ChatConversation;
  message: ChatMessage | null;
  typing: { author: string; name: string | null; active: boolean } | null;
}

/** Polls the transcript until `done` holds (bot replies arrive through a job, a moment later). */
export async function waitForTranscript(
  client: GraphQLClient,
  conversationId: string,
  done: (messages: ChatMessage[]) => boolean,
  timeoutMs = 15_000,
): Promise<{ conversation: ChatConversation; messages: ChatMessage[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const data = await client.ok<{ conversation: (ChatConversation & { messages: ChatMessage[] }) | null }>(TRANSCRIPT, { id: conversationId, after: 0 });
    const { messages, ...conversation } = data.conversation ?? { messages: [] as ChatMessage[] };
    if (done(messages)) return { conversation: conversation as ChatConversation, messages };
    if (Date.now() > deadline) throw new Error(`transcript never matched: ${JSON.stringify(messages.map((m) => [m.seq, m.author, m.text]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Invites a team member with `role` and returns a client signed in as them. */
export async function addTeamMember(owner: GraphQLClient, newClient: GraphQLClient, name: string, role = 'AGENT'): Promise<{ token: string; userId: string; email: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}${Math.random().toString(36).slice(2, 6)}@example.com`;
  const invited = await owner.ok<{ inviteMember: { token: string } }>(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, {
    input: { email, role },
  });
  const accepted = await newClient.ok<{ acceptInvitation: { accessToken: string; user: { id: string } } }>(
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id } } }`,
    { input: { token: invited.inviteMember.token, password: 'correct horse battery staple', name } },
  );
  newClient.token = accepted.acceptInvitation.accessToken;
  return { token: accepted.acceptInvitation.accessToken, userId: accepted.acceptInvitation.user.id, email };
}
