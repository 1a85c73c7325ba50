import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ChatMessage, ConversationSummary } from '../conversation.models';
import { CONVERSATION_SUMMARY_FIELDS, MESSAGE_FIELDS } from '../conversation.graphql';

interface ConversationIdVariables {
  readonly conversationId: string;
}

export const TAKE_OVER: TypedDocumentNode<{ takeOverConversation: ConversationSummary }, ConversationIdVariables> = gql`
  mutation TakeOverConversation($conversationId: ID!) {
    takeOverConversation(conversationId: $conversationId) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const HAND_BACK: TypedDocumentNode<{ handBackConversation: ConversationSummary }, ConversationIdVariables> = gql`
  mutation HandBackConversation($conversationId: ID!) {
    handBackConversation(conversationId: $conversationId) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const RESOLVE: TypedDocumentNode<{ resolveConversation: ConversationSummary }, ConversationIdVariables> = gql`
  mutation ResolveConversation($conversationId: ID!) {
    resolveConversation(conversationId: $conversationId) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const REOPEN: TypedDocumentNode<{ reopenConversation: ConversationSummary }, ConversationIdVariables> = gql`
  mutation ReopenConversation($conversationId: ID!) {
    reopenConversation(conversationId: $conversationId) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export const SNOOZE: TypedDocumentNode<
  { snoozeConversation: ConversationSummary },
  { readonly input: { readonly conversationId: string; readonly until: string } }
> = gql`
  mutation SnoozeConversation($input: SnoozeConversationInput!) {
    snoozeConversation(input: $input) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

interface AgentMessageVariables {
  /** `imageUrl`: an https picture shown under the reply. */
  readonly input: { readonly conversationId: string; readonly text: string; readonly imageUrl?: string };
}

export const SEND_AGENT_MESSAGE: TypedDocumentNode<{ sendAgentMessage: ChatMessage }, AgentMessageVariables> = gql`
  mutation SendAgentMessage($input: AgentMessageInput!) {
    sendAgentMessage(input: $input) {
      ...MessageFields
    }
  }
  ${MESSAGE_FIELDS}
`;

export const ADD_INTERNAL_NOTE: TypedDocumentNode<{ addInternalNote: ChatMessage }, AgentMessageVariables> = gql`
  mutation AddInternalNote($input: AgentMessageInput!) {
    addInternalNote(input: $input) {
      ...MessageFields
    }
  }
  ${MESSAGE_FIELDS}
`;

export const SET_TYPING: TypedDocumentNode<{ setTyping: boolean }, ConversationIdVariables & { readonly active: boolean }> = gql`
  mutation SetTyping($conversationId: ID!, $active: Boolean!) {
    setTyping(conversationId: $conversationId, active: $active)
  }
`;

export const MARK_READ: TypedDocumentNode<{ markConversationRead: ConversationSummary }, ConversationIdVariables & { readonly seq: number }> = gql`
  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {
    markConversationRead(conversationId: $conversationId, seq: $seq) {
      ...ConversationSummaryFields
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;

export interface CannedReply {
  readonly id: string;
  readonly shortcut: string;
  readonly text: string;
}

export const CANNED_REPLIES: TypedDocumentNode<{ cannedReplies: readonly CannedReply[] }, { readonly search: string | null }> = gql`
  query CannedReplies($search: String) {
    cannedReplies(search: $search) {
      id
      shortcut
      text
    }
  }
`;
