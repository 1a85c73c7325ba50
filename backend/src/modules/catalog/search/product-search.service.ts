import { Injectable, Logger } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { ObjectLiteral } from 'typeorm';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { EventBus } from '../../../platform/events/event-bus';
import { Product } from '../entities/product.entity';
import { UserInputError } from '../../../platform/graphql/app-errors';
import { defaultSynonyms } from './default-synonyms';
import { foldText, parseSearch, ParsedSearch } from './search-query-parser';
import { FacetCount, ProductSearchFilter, ProductSearchRequest, ProductSortOrder, SearchFacets, SearchInterpretation } from './product-search.types';
import { ShopperSearchedEvent } from './shopper-searched.event';
import { SqlParams } from './sql-params';

/** A resolved search, reusable for the page, the facets and the benchmark's direct-SQL floor. */
export interface SearchPlan {
  tenantId: string;
  /** Conditions; every parameter in `params` is referenced here (PostgreSQL must infer each one's type). */
  where: string;
  /** The filters without the word match, and how many parameters they use, kept for the trigram fallback. */
  filterWhere: string;
  filterParams: number;
  /** What relevance is computed from; its parameters are added only by statements that rank. */
  ranking: { qor: string; groups: string[]; text: string } | null;
  /** Set once the words matched nothing and names resembling the text are used instead. */
  fuzzy: boolean;
  params: SqlParams;
  hasText: boolean;
  interpretation: SearchInterpretation;
  /** Search words that can match nothing: the result is empty without asking the database. */
  impossible: boolean;
}

export interface SearchPage {
  ids: string[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  plan: SearchPlan;
}

interface TermInfo {
  ord: number;
  word: string;
  stems: string[] | null;
  known: string | null;
  fix: string | null;
  fix_score: number | null;
  synonyms: string[] | null;
}

/** Resolves search words against the store's vocabulary and synonyms ($1 tenant, $2 words). */
export const TERMS_SQL = `SELECT t.ord::int AS ord, t.word, ts_lexize('english_stem', t.word) AS stems,
     (SELECT c.term FROM catalog_terms c WHERE c.tenant_id = $1 AND c.term = ANY(ts_lexize('english_stem', t.word)) LIMIT 1) AS known,
     f.term AS fix, f.score AS fix_score,
     (SELECT s.synonyms FROM search_synonyms s WHERE s.tenant_id = $1 AND s.term = t.word) AS synonyms
   FROM unnest($2::text[]) WITH ORDINALITY AS t(word, ord)
   LEFT JOIN LATERAL (
     SELECT c.term, similarity(c.term, t.word) AS score FROM catalog_terms c
     WHERE c.tenant_id = $1 AND length(t.word) >= 4 AND c.term % t.word
       AND NOT EXISTS (SELECT 1 FROM catalog_terms k WHERE k.tenant_id = $1 AND k.term = ANY(ts_lexize('english_stem', t.word)))
     ORDER BY similarity(c.term, t.word) DESC, c.documents DESC LIMIT 1) f ON true`;

const EFFECTIVE_PRICE = `(CASE WHEN p.sale_price_cents IS NOT NULL AND (p.sale_starts_at IS NULL OR p.sale_starts_at <= now())
  AND (p.sale_ends_at IS NULL OR p.sale_ends_at > now()) THEN LEAST(p.sale_price_cents, p.price_cents) ELSE p.price_cents END)`;

const PRICE_BUCKETS: Array<[number, number | null]> = [
  [0, 2500],
  [2500, 5000],
  [5000, 10000],
  [10000, 20000],
  [20000, null],
];

/** A lexeme for to_tsquery('simple', ...): only [a-z0-9], quoted. */
function lexeme(value: string): string | null {
  const clean = value.replace(/[^a-z0-9]/g, '');
  return clean ? `'${clean}'` : null;
}

function encodeCursor(kn: number, kt: string, id: string): string {
  return Buffer.from(JSON.stringify([kn, kt, id])).toString('base64url');
}

function decodeCursor(cursor: string): [number, string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'string' && /^[0-9a-f-]{36}$/.test(value[2])) {
      return [value[0], value[1], value[2]];
    }
  } catch {
    // fall through
  }
  throw new UserInputError('Invalid cursor');
}

/**
 * Product search: PostgreSQL full text over weighted fields (unaccented, English stems) with
 * per-store typo correction and synonyms, trigram matching on names, filters, facets, sorts and
 * keyset pagination. Whatever the text, a search returns rows or nothing, never an error.
 */
@Injectable()
export class ProductSearchService {
  private readonly logger = new Logger('Search');

  constructor(
    private readonly data: TenantDataService,
    private readonly events: EventBus,
  ) {}

  /**
   * The public catalog search (the `products` query). A visitor's search with words is announced
   * once, on its first page, as a ShopperSearchedEvent, for the store's top searches and demand gaps.
   * Staff and integrators searching are not shoppers' demand, and the assistant reports its own
   * searches with its turns. Announcing is fire-and-forget: it never slows or fails the search.
   */
  async searchFromStorefront(ctx: TenantContext, request: ProductSearchRequest, visitorView: boolean): Promise<SearchPage> {
    const page = await this.search(ctx, request, visitorView);
    const query = String(request.search ?? '').trim();
    if (ctx.actor.kind === 'visitor' && query && !request.after) {
      this.events.publish(ctx, new ShopperSearchedEvent(ctx.tenantId, ctx.actor, query, page.totalCount));
    }
    return page;
  }

  async search(ctx: TenantContext, request: ProductSearchRequest, visitorView: boolean): Promise<SearchPage> {
    const plan = await this.plan(ctx, request.search, request.filter ?? {}, visitorView);
    const sort = request.sort ?? (plan.hasText ? ProductSortOrder.RELEVANCE : ProductSortOrder.NAME);
    const first = Math.max(1, Math.min(request.first, 100));
    if (plan.impossible) {
      await this.recordMiss(ctx, request);
      return { ids: [], cursors: [], totalCount: 0, hasNextPage: false, plan };
    }
    let { sql, params } = this.pageSql(plan, sort, first, request.after ?? null);
    let rows = await this.scoped(ctx, sql, params);
    if (!rows.length && plan.ranking && !plan.fuzzy && (!request.after || !(await this.anyMatch(ctx, plan)))) {
      // No word matched: fall back to names that look like the text, for this and the following pages.
      plan.params.values.length = plan.filterParams;
      plan.where = `${plan.filterWhere} AND ${plan.params.add(plan.ranking.text)} <% p.name`;
      plan.fuzzy = true;
      ({ sql, params } = this.pageSql(plan, sort, first, request.after ?? null));
      rows = await this.scoped(ctx, sql, params);
    }
    const page = rows.slice(0, first);
    const totalCount = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && !request.after && plan.hasText) await this.recordMiss(ctx, request);
    return {
      ids: page.map((r) => r.id),
      cursors: page.map((r) => encodeCursor(Number(r.kn), r.kt, r.id)),
      totalCount: request.after && !rows.length ? 0 : totalCount,
      hasNextPage: rows.length > first,
      plan,
    };
  }

  /** Share of the words matched first, then the product type (last word of the name), then field weights, name likeness and reviews. */
  private score(ranking: NonNullable<SearchPlan['ranking']>, params: SqlParams): string {
    const qor = `to_tsquery('simple', ${params.add(ranking.qor)})`;
    // With one word every candidate matches it: the share is constant and not worth computing per row.
    const coverage =
      ranking.groups.length > 1
        ? `(${ranking.groups.map((g) => `(p.search_vector @@ to_tsquery('simple', ${params.add(g)}))::int`).join(' + ')})::float8 / ${ranking.groups.length} * 4`
        : '4';
    const nameLikeness = `word_similarity(${params.add(ranking.text)}, p.name) * 0.8`;
    return `(
      ${coverage}
      + (p.name_head @@ ${qor})::int * 1.2
      + ts_rank('{0.05, 0.2, 0.5, 1.0}', p.search_vector, ${qor}, 1) * 2
      + ${nameLikeness}
      + ln(1 + p.review_count) * 0.02 + (p.stock > 0)::int * 0.05)`;
  }

  /** Statements built here bind the tenant as $1 and filter on it; the scoped repository checks that. */
  private scoped<R extends ObjectLiteral = { id: string; kn: number; kt: string; total: string }>(ctx: TenantContext, statement: string, params: unknown[]): Promise<R[]> {
    if (params[0] !== ctx.tenantId) throw new Error('The first parameter must be the tenant id');
    return this.data.repo(ctx, Product).sql<R>(statement, params.slice(1));
  }

  private async anyMatch(ctx: TenantContext, plan: SearchPlan): Promise<boolean> {
    const rows = await this.scoped(ctx, `SELECT 1 FROM products p WHERE ${plan.where} LIMIT 1`, plan.params.values);
    return rows.length > 0;
  }

  /** The statement for one page; the benchmark runs exactly this through pg as its floor. */
  pageSql(plan: SearchPlan, sort: ProductSortOrder, first: number, after: string | null): { sql: string; params: unknown[] } {
    const params = new SqlParams(plan.tenantId);
    params.values.splice(0, params.values.length, ...plan.params.values);
    let kn = '0::float8';
    let kt = `''::text`;
    switch (sort) {
      case ProductSortOrder.RELEVANCE:
        kn = plan.ranking ? `(-(${this.score(plan.ranking, params)}))::float8` : `(-(p.featured::int * 10 + p.rating_avg * ln(1 + p.review_count)))::float8`;
        break;
      case ProductSortOrder.PRICE_ASC:
        kn = `${EFFECTIVE_PRICE}::float8`;
        break;
      case ProductSortOrder.PRICE_DESC:
        kn = `(-${EFFECTIVE_PRICE})::float8`;
        break;
      case ProductSortOrder.NEWEST:
        kn = `(-extract(epoch from p.created_at))::float8`;
        break;
      case ProductSortOrder.RATING:
        kn = `(-(p.rating_avg * 100000 + p.review_count))::float8`;
        break;
      case ProductSortOrder.NAME:
        kt = `lower(p.name)`;
        break;
    }
    let cursorClause = '';
    if (after) {
      const [a, b, c] = decodeCursor(after);
      cursorClause = `WHERE (x.kn, x.kt, x.id) > (${params.add(a)}::float8, ${params.add(b)}::text, ${params.add(c)}::uuid)`;
    }
    const limit = params.add(first + 1);
    const sql = `SELECT x.id, x.kn, x.kt, x.total FROM (
        SELECT p.id, ${kn} AS kn, ${kt} AS kt, count(*) OVER () AS total
        FROM products p
        WHERE ${plan.where}
      ) x ${cursorClause}
      ORDER BY x.kn, x.kt, x.id
      LIMIT ${limit}`;
    return { sql, params: params.values };
  }

  async facets(ctx: TenantContext, plan: SearchPlan): Promise<SearchFacets> {
    const empty: SearchFacets = { categories: [], brands: [], priceRanges: [], attributes: [], inStock: 0 };
    if (plan.impossible) return empty;
    const buckets = PRICE_BUCKETS.map(([lo, hi]) => `WHEN m.price >= ${lo}${hi === null ? '' : ` AND m.price < ${hi}`} THEN '${lo}-${hi ?? ''}'`).join(' ');
    const sql = `WITH m AS (
        SELECT p.id, p.brand, p.category_ids, p.attributes, p.stock, ${EFFECTIVE_PRICE} AS price
        FROM products p WHERE ${plan.where})
      SELECT 'category' AS facet, c.id::text AS value, c.path AS label, count(*)::int AS n
        FROM m CROSS JOIN LATERAL unnest(m.category_ids) AS cid JOIN categories c ON c.tenant_id = $1 AND c.id = cid GROUP BY c.id, c.path
      UNION ALL SELECT 'brand', m.brand, m.brand, count(*)::int FROM m WHERE m.brand IS NOT NULL GROUP BY m.brand
      UNION ALL SELECT 'price', CASE ${buckets} END, '', count(*)::int FROM m GROUP BY 2
      UNION ALL SELECT 'attr:' || kv.key, v, v, count(*)::int FROM m CROSS JOIN LATERAL jsonb_each(m.attributes) kv CROSS JOIN LATERAL jsonb_array_elements_text(kv.value) v
        WHERE jsonb_typeof(kv.value) = 'array' GROUP BY kv.key, v
      UNION ALL SELECT 'stock', 'in', '', count(*)::int FROM m WHERE m.stock > 0`;
    const rows = await this.scoped<{ facet: string; value: string; label: string; n: number }>(ctx, sql, plan.params.values);
    const byCount = (a: FacetCount, b: FacetCount) => b.count - a.count || a.label.localeCompare(b.label);
    const attributes = new Map<string, FacetCount[]>();
    for (const r of rows) {
      if (r.facet === 'category') empty.categories.push({ value: r.value, label: r.label, count: r.n });
      else if (r.facet === 'brand') empty.brands.push({ value: r.value, label: r.label, count: r.n });
      else if (r.facet === 'price' && r.value) {
        const [lo, hi] = r.value.split('-');
        const label = hi ? `$${Number(lo) / 100} – $${Number(hi) / 100}` : `$${Number(lo) / 100}+`;
        empty.priceRanges.push({ value: r.value, label, count: r.n });
      } else if (r.facet.startsWith('attr:')) {
        const name = r.facet.slice(5);
        attributes.set(name, [...(attributes.get(name) ?? []), { value: r.value, label: r.label, count: r.n }]);
      } else if (r.facet === 'stock') empty.inStock = r.n;
    }
    empty.categories.sort(byCount);
    empty.brands.sort(byCount);
    empty.priceRanges.sort((a, b) => Number(a.value.split('-')[0]) - Number(b.value.split('-')[0]));
    empty.attributes = [...attributes]
      .map(([name, values]) => ({ name, values: values.sort(byCount).slice(0, 50) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return empty;
  }

  /** Product names starting with or resembling what was typed so far. */
  async suggest(ctx: TenantContext, prefix: string, limit: number): Promise<string[]> {
    const text = foldText(prefix.slice(0, 100)).replace(/[^a-z0-9 ]+/g, ' ').trim();
    if (!text) return [];
    const words = text.split(/\s+/).slice(0, 6);
    // Weight A is the name: suggestions complete product names, not descriptions.
    const tsquery = words.map((w, i) => `'${w}':${i === words.length - 1 ? '*' : ''}A`).join(' & ');
    // A looser trigram threshold than the default 0.6 lets a misspelt word still complete a name.
    const rows = await this.data.transaction(ctx, async (tx) => {
      const manager = this.data.managerOf(tx);
      await manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = 0.45`);
      return (await manager.query(
        `SELECT p.name FROM products p
         WHERE p.tenant_id = $1 AND p.deleted_at IS NULL AND p.status = 'active'
           AND (p.search_vector @@ to_tsquery('simple', $2) OR $3 <% p.name)
         ORDER BY (p.search_vector @@ to_tsquery('simple', $2))::int DESC, word_similarity($3, p.name) DESC, p.review_count DESC, p.name
         LIMIT $4`,
        [tx.tenantId, tsquery, text, Math.min(Math.max(limit, 1), 20)],
      )) as Array<{ name: string }>;
    });
    return [...new Set(rows.map((r) => r.name))];
  }

  /** Resolves the text (typo fixes, synonyms, price words) and the filter into SQL. */
  async plan(ctx: TenantContext, search: string | null | undefined, filter: ProductSearchFilter, visitorView: boolean): Promise<SearchPlan> {
    const parsed = parseSearch(search);
    const params = new SqlParams(ctx.tenantId);
    const conditions = [`p.tenant_id = $1`, `p.deleted_at IS NULL`];
    const interpretation: SearchInterpretation = {
      terms: parsed.terms.map((t) => t.word),
      corrections: [],
      minPriceCents: parsed.minPriceCents ?? null,
      maxPriceCents: parsed.maxPriceCents ?? null,
    };
    if (visitorView || !filter.statuses?.length) conditions.push(`p.status = 'active'`);
    else conditions.push(`p.status = ANY(${params.add(filter.statuses)})`);
    await this.addFilters(ctx, filter, parsed, params, conditions, interpretation);

    const typed = String(search ?? '').trim().length > 0;
    let match = '';
    let ranking: SearchPlan['ranking'] = null;
    let filterParams = params.values.length;
    let impossible = false;
    if (parsed.terms.length) {
      const groups = await this.termGroups(ctx, parsed, interpretation);
      if (!groups.length) {
        impossible = !(parsed.minPriceCents !== undefined || parsed.maxPriceCents !== undefined);
      } else {
        // The tsquery is written inline (not in a CTE) so the planner sees it and uses the GIN index.
        const qor = groups.map((g) => `(${g})`).join(' | ');
        filterParams = params.values.length;
        match = `p.search_vector @@ to_tsquery('simple', ${params.add(qor)})`;
        ranking = { qor, groups, text: parsed.text };
      }
    } else if (typed && parsed.minPriceCents === undefined && parsed.maxPriceCents === undefined) {
      // Only symbols or emoji: nothing to look for.
      impossible = true;
    }
    const where = conditions.join(' AND ');
    return { tenantId: ctx.tenantId, where: match ? `${where} AND ${match}` : where, filterWhere: where, filterParams, ranking, fuzzy: false, params, hasText: !!match, interpretation, impossible };
  }

  private async addFilters(
    ctx: TenantContext,
    filter: ProductSearchFilter,
    parsed: ParsedSearch,
    params: SqlParams,
    conditions: string[],
    interpretation: SearchInterpretation,
  ): Promise<void> {
    const categoryIds = [...(filter.categoryIds ?? [])].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (filter.categories?.length) {
      const names = filter.categories.map((c) => c.trim().toLowerCase().replace(/\s*(?:>|\/)\s*/g, ' > ')).slice(0, 20);
      const rows = (await this.data
        .managerOf(ctx)
        .query(`SELECT id FROM categories WHERE tenant_id = $1 AND (lower(path) = ANY($2) OR lower(name) = ANY($2))`, [ctx.tenantId, names])) as Array<{ id: string }>;
      categoryIds.push(...rows.map((r) => r.id));
      if (!rows.length) conditions.push('false');
    }
    if (categoryIds.length || filter.categoryIds?.length) conditions.push(`p.category_ids && ${params.add(categoryIds)}::uuid[]`);
    if (filter.brands?.length) conditions.push(`lower(p.brand) = ANY(${params.add(filter.brands.map((b) => b.toLowerCase()).slice(0, 50))})`);
    let min = filter.minPrice !== undefined && filter.minPrice !== null ? Math.round(filter.minPrice * 100) : undefined;
    let max = filter.maxPrice !== undefined && filter.maxPrice !== null ? Math.round(filter.maxPrice * 100) : undefined;
    if (parsed.minPriceCents !== undefined) min = Math.max(min ?? 0, parsed.minPriceCents);
    if (parsed.maxPriceCents !== undefined) max = Math.min(max ?? Number.MAX_SAFE_INTEGER, parsed.maxPriceCents);
    interpretation.minPriceCents = min ?? null;
    interpretation.maxPriceCents = max ?? null;
    if (min !== undefined) conditions.push(`${EFFECTIVE_PRICE} >= ${params.add(min)}`);
    if (max !== undefined) conditions.push(`${EFFECTIVE_PRICE} <= ${params.add(max)}`);
    if (filter.inStock === true) conditions.push(`p.stock > 0`);
    if (filter.inStock === false) conditions.push(`p.stock <= 0`);
    if (filter.featured !== undefined && filter.featured !== null) conditions.push(`p.featured = ${params.add(filter.featured)}`);
    if (filter.onSale === true) conditions.push(`${EFFECTIVE_PRICE} < p.price_cents`);
    for (const attribute of (filter.attributes ?? []).slice(0, 10)) {
      const name = attribute.name.trim().toLowerCase();
      const values = attribute.values.slice(0, 50);
      if (!name || !values.length) continue;
      // Values are matched as given and capitalised, the two spellings imports use.
      const docs = [...new Set(values.flatMap((v) => [v, v.charAt(0).toUpperCase() + v.slice(1).toLowerCase(), v.toUpperCase()]))].map((v) => JSON.stringify({ [name]: [v] }));
      conditions.push(`p.attributes @> ANY(${params.add(docs)}::jsonb[])`);
    }
  }

  /** One tsquery group per search word: its stem, a typo fix, a prefix while typing, synonyms. */
  private async termGroups(ctx: TenantContext, parsed: ParsedSearch, interpretation: SearchInterpretation): Promise<string[]> {
    const words = parsed.terms.map((t) => t.word);
    const defaults = words.map((w) => defaultSynonyms(w));
    const rows = await this.scoped<TermInfo>(ctx, TERMS_SQL, [ctx.tenantId, words]);
    // Synonym phrases are stemmed in one more round trip only when there are any.
    const phrases = [...new Set(rows.flatMap((r, i) => [...(r.synonyms ?? []), ...defaults[i]]).map((s) => foldText(s)))];
    const stemmed = new Map<string, string[]>();
    if (phrases.length) {
      const out = (await this.data
        .managerOf(ctx)
        .query(`SELECT t.phrase, ARRAY(SELECT (ts_lexize('english_stem', w))[1] FROM unnest(regexp_split_to_array(t.phrase, '[^a-z0-9]+')) AS w WHERE w <> '') AS stems
                FROM unnest($1::text[]) AS t(phrase)`, [phrases])) as Array<{ phrase: string; stems: Array<string | null> }>;
      for (const o of out) stemmed.set(o.phrase, o.stems.filter((s): s is string => !!s));
    }
    const groups: string[] = [];
    rows.sort((a, b) => a.ord - b.ord);
    rows.forEach((r, i) => {
      const term = parsed.terms[i];
      const isLast = i === rows.length - 1;
      const alternatives = new Set<string>();
      const stem = r.stems?.[0] ?? null;
      if (term.parts.length) {
        const code = lexeme(term.word);
        if (code) alternatives.add(code);
        const joined = stem ? lexeme(stem) : null;
        if (joined) alternatives.add(joined);
        const parts = term.parts.map(lexeme).filter((p): p is string => !!p);
        if (parts.length > 1) alternatives.add(`(${parts.join(' & ')})`);
      } else if (stem) {
        const own = lexeme(stem);
        if (own) alternatives.add(own);
        if (!r.known && r.fix && (r.fix_score ?? 0) >= 0.4) {
          const fix = lexeme(r.fix);
          if (fix) alternatives.add(fix);
          interpretation.corrections.push({ from: r.word, to: r.fix });
        }
        // A prefix for words the catalog does not know (partly typed) and short last words ("hood" → hoodie); a
        // prefix on every full word would pull in unrelated longer words and slow broad searches.
        if ((!r.known || (isLast && r.word.length <= 4)) && stem.length >= 3 && own) alternatives.add(`${own}:*`);
      } else if (!r.stems) {
        // Not a word the stemmer handles (e.g. digits only): match it as it is.
        const raw = lexeme(r.word);
        if (raw) alternatives.add(raw);
      }
      for (const phrase of [...(r.synonyms ?? []), ...defaults[i]]) {
        const stems = (stemmed.get(foldText(phrase)) ?? []).map(lexeme).filter((s): s is string => !!s);
        if (stems.length === 1) alternatives.add(stems[0]);
        else if (stems.length > 1) alternatives.add(`(${stems.join(' <-> ')})`);
      }
      if (alternatives.size) groups.push([...alternatives].join(' | '));
    });
    return groups;
  }

  private async recordMiss(ctx: TenantContext, request: ProductSearchRequest): Promise<void> {
    const query = String(request.search ?? '').trim().slice(0, 200);
    if (!query) return;
    try {
      await this.data.managerOf(ctx).query(`INSERT INTO search_misses (tenant_id, query, filter, visitor_id) VALUES ($1, $2, $3, $4)`, [
        ctx.tenantId,
        query,
        JSON.stringify(request.filter ?? {}),
        ctx.actor.kind === 'visitor' ? ctx.actor.visitorId : null,
      ]);
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not record a search without results');
    }
  }
}
