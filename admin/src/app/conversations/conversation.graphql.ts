import { gql } from '@apollo/client';

/** The fields of a conversation that the list, the transcript header and live events all show. */
export const CONVERSATION_SUMMARY_FIELDS = gql`
  fragment ConversationSummaryFields on Conversation {
    id
    status
    createdAt
    lastMessageAt
    lastMessagePreview
    unreadCount
    lastSeq
    csatScore
    csatComment
    visitorReadSeq
    assignee {
      id
      name
    }
    visitor {
      id
      displayName
    }
  }
`;

export const MESSAGE_FIELDS = gql`
  fragment MessageFields on Message {
    id
    conversationId
    seq
    author
    authorName
    text
    internal
    systemEvent
    createdAt
  }
`;
