import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ConversationStatusName, ConversationSummary } from './conversation.models';
import { CONVERSATION_SUMMARY_FIELDS } from './conversation.graphql';

export interface ConversationsData {
  readonly conversations: {
    readonly edges: readonly { readonly cursor: string; readonly node: ConversationSummary }[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
  /** The calendar `startedOn` days are read in; live events are matched against it too. */
  readonly store: { readonly timeZone: string };
}

export interface ConversationsVariables {
  readonly filter: {
    readonly status?: ConversationStatusName;
    readonly mine?: boolean;
    readonly unassigned?: boolean;
    readonly startedOn?: { readonly from: string; readonly to: string };
  } | null;
  readonly first: number;
  readonly after: string | null;
}

export const CONVERSATIONS: TypedDocumentNode<ConversationsData, ConversationsVariables> = gql`
  query Conversations($filter: ConversationFilter, $first: Int!, $after: String) {
    conversations(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConversationSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    store {
      timeZone
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
`;
