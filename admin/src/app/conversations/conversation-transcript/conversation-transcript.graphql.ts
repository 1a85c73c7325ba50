import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ChatMessage, ConversationSummary } from '../conversation.models';
import { CONVERSATION_SUMMARY_FIELDS, MESSAGE_FIELDS } from '../conversation.graphql';

export interface ConversationTranscriptData {
  readonly conversation: (ConversationSummary & { readonly messages: readonly ChatMessage[] }) | null;
}

export interface ConversationTranscriptVariables {
  readonly id: string;
  readonly afterSeq: number;
  readonly first: number;
}

/** The conversation and its messages after `afterSeq`: the first load (0) and every catch-up. */
export const CONVERSATION_TRANSCRIPT: TypedDocumentNode<ConversationTranscriptData, ConversationTranscriptVariables> = gql`
  query ConversationTranscript($id: ID!, $afterSeq: Int!, $first: Int!) {
    conversation(id: $id) {
      ...ConversationSummaryFields
      messages(afterSeq: $afterSeq, first: $first) {
        ...MessageFields
      }
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
  ${MESSAGE_FIELDS}
`;
