import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ConversationEvent } from './conversation.models';
import { CONVERSATION_SUMMARY_FIELDS, MESSAGE_FIELDS } from './conversation.graphql';

export const TENANT_CONVERSATION_EVENTS: TypedDocumentNode<
  { tenantConversationEvents: ConversationEvent },
  Record<string, never>
> = gql`
  subscription TenantConversationEvents {
    tenantConversationEvents {
      type
      conversation {
        ...ConversationSummaryFields
      }
      message {
        ...MessageFields
      }
      typing {
        author
        name
        active
      }
      delta {
        inReplyTo
        text
      }
    }
  }
  ${CONVERSATION_SUMMARY_FIELDS}
  ${MESSAGE_FIELDS}
`;
