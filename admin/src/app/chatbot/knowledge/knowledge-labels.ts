import type { KnowledgeFormat, KnowledgeKind } from './knowledge.graphql';

export const KIND_LABELS: Readonly<Record<KnowledgeKind, string>> = { POLICY: 'Policy', FAQ: 'FAQ', DOCUMENT: 'Document' };
export const FORMAT_LABELS: Readonly<Record<KnowledgeFormat, string>> = { MARKDOWN: 'Markdown', TEXT: 'Plain text' };

/** A document's length in characters, in thousands once it is long. */
export function sizeLabel(characters: number): string {
  if (characters < 1000) return `${characters} characters`;
  return `${(characters / 1000).toFixed(characters < 10_000 ? 1 : 0)}k characters`;
}
