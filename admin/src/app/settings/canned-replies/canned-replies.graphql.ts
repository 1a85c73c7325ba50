import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CannedReply {
  readonly id: string;
  readonly shortcut: string;
  readonly text: string;
}

export interface CannedReplyInput {
  readonly id?: string;
  readonly shortcut: string;
  readonly text: string;
}

export const CANNED_REPLIES: TypedDocumentNode<{ readonly cannedReplies: readonly CannedReply[] }, Record<string, never>> = gql`
  query CannedReplies {
    cannedReplies {
      id
      shortcut
      text
    }
  }
`;

export const SAVE_CANNED_REPLY: TypedDocumentNode<{ readonly saveCannedReply: CannedReply }, { readonly input: CannedReplyInput }> = gql`
  mutation SaveCannedReply($input: CannedReplyInput!) {
    saveCannedReply(input: $input) {
      id
      shortcut
      text
    }
  }
`;

export const DELETE_CANNED_REPLY: TypedDocumentNode<{ readonly deleteCannedReply: boolean }, { readonly id: string }> = gql`
  mutation DeleteCannedReply($id: ID!) {
    deleteCannedReply(id: $id)
  }
`;
