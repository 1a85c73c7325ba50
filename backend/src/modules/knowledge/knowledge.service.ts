import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { chunkDocument, DocumentChunk } from './document-chunker';
import { KnowledgeChunk } from './knowledge-chunk.entity';
import { KnowledgeDocument, KnowledgeFormat, KnowledgeKind } from './knowledge-document.entity';
import { KnowledgePassage } from './knowledge-passage';

export interface KnowledgeDocumentInput {
  title: string;
  kind: KnowledgeKind;
  format: KnowledgeFormat;
  body: string;
}

const MAX_BODY = 200_000;
const MAX_QUERY_WORDS = 24;
// Below this a title or heading only looks like the question by accident.
const TITLE_SIMILARITY = 0.45;

/** Store policies, FAQs and documents: staff edit them, the assistant retrieves passages from them. */
@Injectable()
export class KnowledgeService {
  constructor(private readonly data: TenantDataService) {}

  list(ctx: TenantContext): Promise<KnowledgeDocument[]> {
    return this.data.repo(ctx, KnowledgeDocument).find({ order: { title: 'ASC' }, take: 500 });
  }

  async get(ctx: TenantContext, id: string): Promise<KnowledgeDocument> {
    const document = await this.data.repo(ctx, KnowledgeDocument).findOneBy({ id });
    if (!document) throw new NotFoundError('Document');
    return document;
  }

  async create(ctx: TenantContext, input: KnowledgeDocumentInput): Promise<KnowledgeDocument> {
    const clean = validate(input);
    return this.data.transaction(ctx, async (tx) => {
      const document = await this.data.repo(tx, KnowledgeDocument).insert(clean);
      await this.index(tx, document);
      return document;
    });
  }

  async update(ctx: TenantContext, id: string, input: KnowledgeDocumentInput): Promise<KnowledgeDocument> {
    const clean = validate(input);
    return this.data.transaction(ctx, async (tx) => {
      await this.get(tx, id);
      await this.data.repo(tx, KnowledgeDocument).update({ id }, clean);
      const document = await this.get(tx, id);
      await this.data.repo(tx, KnowledgeChunk).delete({ documentId: id });
      await this.index(tx, document);
      return document;
    });
  }

  /** The passages `input` would be stored as; nothing is saved, and a half-written draft is fine. */
  previewChunks(input: KnowledgeDocumentInput): DocumentChunk[] {
    return chunkDocument(input.title.trim().slice(0, 200), input.body.trim(), input.format);
  }

  async delete(ctx: TenantContext, id: string): Promise<boolean> {
    return (await this.data.repo(ctx, KnowledgeDocument).delete({ id })) > 0;
  }

  /**
   * Passages answering `question`: full-text matches (any of its words, stemmed, as prefixes) ranked
   * by how many of them a passage holds, plus passages whose document title or heading is trigram-close to the question,
   * which catches typos ("refnd polcy") that full text misses. Title closeness only nudges the rank.
   */
  async search(ctx: TenantContext, question: string, limit = 3): Promise<KnowledgePassage[]> {
    const words = (question.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1).slice(0, MAX_QUERY_WORDS);
    if (!words.length) return [];
    const tsquery = words.map((w) => `${w}:*`).join(' | ');
    const rows = await this.data.repo(ctx, KnowledgeChunk).sql<{
      document_id: string;
      title: string;
      kind: string;
      heading: string;
      content: string;
      score: number;
    }>(
      `WITH q AS (SELECT to_tsquery('english', $2) AS tsq)
       SELECT c.document_id, d.title, d.kind, c.heading, c.content,
              ts_rank(c.search_vector, q.tsq) + 0.05 * greatest(word_similarity(d.title, $3), word_similarity(c.heading, $3)) AS score
         FROM knowledge_chunks c
         JOIN knowledge_documents d ON d.id = c.document_id AND d.tenant_id = c.tenant_id
         CROSS JOIN q
        WHERE c.tenant_id = $1
          AND (c.search_vector @@ q.tsq OR word_similarity(d.title, $3) >= $4 OR word_similarity(c.heading, $3) >= $4)
        ORDER BY score DESC, c.position ASC
        LIMIT $5`,
      [tsquery, words.join(' '), TITLE_SIMILARITY, Math.max(1, Math.min(limit, 10))],
    );
    return rows.map((r) => ({ documentId: r.document_id, title: r.title, kind: r.kind, heading: r.heading, content: r.content, score: Number(r.score) }));
  }

  private async index(tx: TenantContext, document: KnowledgeDocument): Promise<void> {
    const chunks = chunkDocument(document.title, document.body, document.format);
    if (!chunks.length) return;
    await this.data.repo(tx, KnowledgeChunk).insertMany(chunks.map((c, position) => ({ documentId: document.id, position, heading: c.heading, content: c.content })));
    await this.data.repo(tx, KnowledgeChunk).sql(
      `UPDATE knowledge_chunks SET search_vector =
         setweight(to_tsvector('english', $3), 'A') || setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', content), 'B')
       WHERE tenant_id = $1 AND document_id = $2`,
      [document.id, document.title],
    );
  }
}

function validate(input: KnowledgeDocumentInput): KnowledgeDocumentInput {
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw new UserInputError('A document needs a title', { title: ['empty'] });
  if (!body) throw new UserInputError('A document needs some text', { body: ['empty'] });
  if (body.length > MAX_BODY) throw new UserInputError(`A document can be at most ${MAX_BODY} characters`, { body: ['too long'] });
  return { title: title.slice(0, 200), kind: input.kind, format: input.format, body };
}
