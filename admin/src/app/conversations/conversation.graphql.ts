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
      email
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
    inReplyTo
    # Every block kind, told apart by __typename: what the visitor saw under the text.
    blocks {
      __typename
      ... on ProductCardsBlock {
        products {
          productId
          name
          price
          compareAtPrice
          currency
          imageUrl
          url
          rating
          inStock
          variants {
            variantId
            label
            price
            available
          }
        }
      }
      ... on QuickRepliesBlock {
        replies {
          label
          text
        }
      }
      ... on ImageBlock {
        url
        alt
      }
      ... on OrderCardBlock {
        number
        status
        total
        currency
        carrier
        trackingNumber
        createdAt
        canCancel
      }
      ... on CheckoutLinkBlock {
        orderNumber
        total
        currency
        paymentUrl
        expiresAt
      }
    }
  }
`;
