/** A retrieved passage with the document it comes from, for quoting and citing. */
export interface KnowledgePassage {
  documentId: string;
  title: string;
  kind: string;
  heading: string;
  content: string;
  score: number;
}
