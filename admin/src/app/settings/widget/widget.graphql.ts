import { gql, type TypedDocumentNode } from '@apollo/client';

export interface WidgetAppearance {
  readonly greeting: string;
  readonly primaryColor: string;
  readonly position: 'right' | 'left';
  readonly assistantName: string;
  readonly avatarUrl: string | null;
  readonly launcherText: string;
}

export interface WidgetKey {
  readonly id: string;
  readonly publicKey: string;
  readonly allowedOrigins: readonly string[];
  readonly identitySecret: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

const APPEARANCE_FIELDS = gql`
  fragment WidgetAppearanceFields on WidgetAppearance {
    greeting
    primaryColor
    position
    assistantName
    avatarUrl
    launcherText
  }
`;

const WIDGET_KEY_FIELDS = gql`
  fragment WidgetKeyFields on WidgetKey {
    id
    publicKey
    allowedOrigins
    identitySecret
    createdAt
    revokedAt
  }
`;

export const WIDGET_APPEARANCE: TypedDocumentNode<{ readonly widgetAppearance: WidgetAppearance }, Record<string, never>> = gql`
  query WidgetAppearance {
    widgetAppearance {
      ...WidgetAppearanceFields
    }
  }
  ${APPEARANCE_FIELDS}
`;

export const UPDATE_WIDGET_APPEARANCE: TypedDocumentNode<{ readonly updateWidgetAppearance: WidgetAppearance }, { readonly input: WidgetAppearance }> = gql`
  mutation UpdateWidgetAppearance($input: UpdateWidgetAppearanceInput!) {
    updateWidgetAppearance(input: $input) {
      ...WidgetAppearanceFields
    }
  }
  ${APPEARANCE_FIELDS}
`;

export const WIDGET_KEYS: TypedDocumentNode<{ readonly widgetKeys: readonly WidgetKey[] }, Record<string, never>> = gql`
  query WidgetKeys {
    widgetKeys {
      ...WidgetKeyFields
    }
  }
  ${WIDGET_KEY_FIELDS}
`;

export const CREATE_WIDGET_KEY: TypedDocumentNode<{ readonly createWidgetKey: WidgetKey }, { readonly input: { readonly allowedOrigins: readonly string[] } }> = gql`
  mutation CreateWidgetKey($input: CreateWidgetKeyInput!) {
    createWidgetKey(input: $input) {
      ...WidgetKeyFields
    }
  }
  ${WIDGET_KEY_FIELDS}
`;

export const REVOKE_WIDGET_KEY: TypedDocumentNode<{ readonly revokeWidgetKey: WidgetKey }, { readonly id: string }> = gql`
  mutation RevokeWidgetKey($id: ID!) {
    revokeWidgetKey(id: $id) {
      ...WidgetKeyFields
    }
  }
  ${WIDGET_KEY_FIELDS}
`;
