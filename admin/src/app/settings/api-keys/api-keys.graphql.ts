import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scopes: readonly string[];
  readonly lastUsedAt: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export interface CreatedApiKey {
  readonly apiKey: ApiKey;
  readonly secret: string;
}

const API_KEY_FIELDS = gql`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    lastUsedAt
    createdAt
    revokedAt
  }
`;

export const API_KEYS: TypedDocumentNode<{ readonly apiKeys: readonly ApiKey[] }, Record<string, never>> = gql`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
  ${API_KEY_FIELDS}
`;

export const CREATE_API_KEY: TypedDocumentNode<
  { readonly createApiKey: CreatedApiKey },
  { readonly input: { readonly name: string; readonly scopes: readonly string[] } }
> = gql`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
  ${API_KEY_FIELDS}
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ readonly revokeApiKey: ApiKey }, { readonly id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
  ${API_KEY_FIELDS}
`;
