import { gql, type TypedDocumentNode } from '@apollo/client';

export interface StoreProfile {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly timeZone: string;
}

export interface StoreProfileInput {
  readonly name: string;
  readonly timeZone: string;
}

export const STORE_PROFILE: TypedDocumentNode<{ readonly store: StoreProfile }, Record<string, never>> = gql`
  query StoreProfile {
    store {
      id
      name
      slug
      timeZone
    }
  }
`;

export const UPDATE_STORE: TypedDocumentNode<{ readonly updateStore: StoreProfile }, { readonly input: StoreProfileInput }> = gql`
  mutation UpdateStore($input: UpdateStoreInput!) {
    updateStore(input: $input) {
      id
      name
      slug
      timeZone
    }
  }
`;
