import { gql, type TypedDocumentNode } from '@apollo/client';

export type KnowledgeKind = 'POLICY' | 'FAQ' | 'DOCUMENT';
export type KnowledgeFormat = 'MARKDOWN' | 'TEXT';

export interface KnowledgeDocumentSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: KnowledgeKind;
  readonly format: KnowledgeFormat;
  readonly size: number;
  readonly updatedAt: string;
}

export interface KnowledgeDocumentInput {
  readonly title: string;
  readonly kind: KnowledgeKind;
  readonly format: KnowledgeFormat;
  readonly body: string;
}

export interface KnowledgeChunkPreview {
  readonly heading: string;
  readonly content: string;
}

export interface KnowledgePassage {
  readonly documentId: string;
  readonly title: string;
  readonly kind: KnowledgeKind;
  readonly heading: string;
  readonly content: string;
  readonly score: number;
}

const SUMMARY_FIELDS = gql`
  fragment KnowledgeDocumentSummary on KnowledgeDocument {
    id
    title
    kind
    format
    size
    updatedAt
  }
`;

export const KNOWLEDGE_DOCUMENTS: TypedDocumentNode<{ readonly knowledgeDocuments: readonly KnowledgeDocumentSummary[] }, Record<string, never>> = gql`
  query KnowledgeDocuments {
    knowledgeDocuments {
      ...KnowledgeDocumentSummary
    }
  }
  ${SUMMARY_FIELDS}
`;

export const KNOWLEDGE_DOCUMENT: TypedDocumentNode<{ readonly knowledgeDocument: KnowledgeDocumentSummary & { readonly body: string } }, { readonly id: string }> = gql`
  query KnowledgeDocument($id: ID!) {
    knowledgeDocument(id: $id) {
      ...KnowledgeDocumentSummary
      body
    }
  }
  ${SUMMARY_FIELDS}
`;

export const PREVIEW_KNOWLEDGE_CHUNKS: TypedDocumentNode<{ readonly previewKnowledgeChunks: readonly KnowledgeChunkPreview[] }, { readonly input: KnowledgeDocumentInput }> = gql`
  query PreviewKnowledgeChunks($input: KnowledgeDocumentInput!) {
    previewKnowledgeChunks(input: $input) {
      heading
      content
    }
  }
`;

export const CREATE_KNOWLEDGE_DOCUMENT: TypedDocumentNode<{ readonly createKnowledgeDocument: KnowledgeDocumentSummary }, { readonly input: KnowledgeDocumentInput }> = gql`
  mutation CreateKnowledgeDocument($input: KnowledgeDocumentInput!) {
    createKnowledgeDocument(input: $input) {
      ...KnowledgeDocumentSummary
    }
  }
  ${SUMMARY_FIELDS}
`;

export const UPDATE_KNOWLEDGE_DOCUMENT: TypedDocumentNode<
  { readonly updateKnowledgeDocument: KnowledgeDocumentSummary },
  { readonly id: string; readonly input: KnowledgeDocumentInput }
> = gql`
  mutation UpdateKnowledgeDocument($id: ID!, $input: KnowledgeDocumentInput!) {
    updateKnowledgeDocument(id: $id, input: $input) {
      ...KnowledgeDocumentSummary
    }
  }
  ${SUMMARY_FIELDS}
`;

export const DELETE_KNOWLEDGE_DOCUMENT: TypedDocumentNode<{ readonly deleteKnowledgeDocument: boolean }, { readonly id: string }> = gql`
  mutation DeleteKnowledgeDocument($id: ID!) {
    deleteKnowledgeDocument(id: $id)
  }
`;

export const SEARCH_KNOWLEDGE: TypedDocumentNode<{ readonly searchKnowledge: readonly KnowledgePassage[] }, { readonly question: string; readonly first: number }> = gql`
  query SearchKnowledge($question: String!, $first: Int!) {
    searchKnowledge(question: $question, first: $first) {
      documentId
      title
      kind
      heading
      content
      score
    }
  }
`;
