import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AssistantPreview {
  readonly intent: string;
  readonly confidence: number;
  readonly entities: readonly { readonly type: string; readonly value: string }[];
  readonly reply: string;
  readonly toolCalls: readonly { readonly name: string; readonly ok: boolean; readonly arguments: string }[];
  readonly provider: string;
  readonly fallbackReason: string | null;
  readonly guard: string;
  readonly groundingCorrections: number;
  readonly citations: readonly string[];
  readonly sentiment: number;
}

export const ASSISTANT_PREVIEW: TypedDocumentNode<{ readonly assistantPreview: AssistantPreview }, { readonly text: string; readonly locale: string }> = gql`
  query AssistantPreview($text: String!, $locale: String) {
    assistantPreview(text: $text, locale: $locale) {
      intent
      confidence
      entities {
        type
        value
      }
      reply
      toolCalls {
        name
        ok
        arguments
      }
      provider
      fallbackReason
      guard
      groundingCorrections
      citations
      sentiment
    }
  }
`;
