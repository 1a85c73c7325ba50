import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '@shopdesk/shared';

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: keyof typeof Role;
}

export interface SessionTenant {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

export interface AuthPayload {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly user: SessionUser;
  readonly tenant: SessionTenant;
}

export interface LoginInput {
  readonly email: string;
  readonly password: string;
  readonly tenantSlug?: string;
}

const AUTH_PAYLOAD_FIELDS = `
  accessToken
  expiresIn
  user { id email name role }
  tenant { id name slug }
`;

export const LOGIN: TypedDocumentNode<{ login: AuthPayload }, { input: LoginInput }> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) { ${AUTH_PAYLOAD_FIELDS} }
  }
`;

export const REFRESH_TOKEN: TypedDocumentNode<{ refreshToken: AuthPayload }, Record<string, never>> = gql`
  mutation RefreshToken {
    refreshToken { ${AUTH_PAYLOAD_FIELDS} }
  }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;
