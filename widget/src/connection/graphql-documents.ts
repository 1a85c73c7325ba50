const MESSAGE_FIELDS = 'id conversationId seq author authorName systemEvent text createdAt';

export const START_VISITOR_SESSION = `mutation StartVisitorSession($publicKey: String!, $visitorToken: String) {
  startVisitorSession(publicKey: $publicKey, visitorToken: $visitorToken) {
    token visitorId settings { storeName greeting primaryColor position }
  }
}`;

export const SEND_MESSAGE = `mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) { ${MESSAGE_FIELDS} }
}`;

export const CONVERSATION_MESSAGES = `query ConversationMessages($id: ID!, $afterSeq: Int!, $first: Int!) {
  conversation(id: $id) { id status messages(afterSeq: $afterSeq, first: $first) { ${MESSAGE_FIELDS} } }
}`;

export const CONVERSATION_EVENTS = `subscription ConversationEvents($conversationId: ID!) {
  conversationEvents(conversationId: $conversationId) {
    type conversation { id status } message { ${MESSAGE_FIELDS} } typing { author name active }
  }
}`;

export const REQUEST_HUMAN = `mutation RequestHuman($conversationId: ID!) {
  requestHuman(conversationId: $conversationId) { id status }
}`;

export const SET_TYPING = `mutation SetTyping($conversationId: ID!, $active: Boolean!) {
  setTyping(conversationId: $conversationId, active: $active)
}`;

export const IDENTIFY_VISITOR = `mutation IdentifyVisitor($input: IdentifyVisitorInput!) {
  identifyVisitor(input: $input) { token visitorId settings { storeName greeting primaryColor position } }
}`;

export const RATE_CONVERSATION = `mutation RateConversation($input: RateConversationInput!) {
  rateConversation(input: $input) { id csatScore }
}`;
