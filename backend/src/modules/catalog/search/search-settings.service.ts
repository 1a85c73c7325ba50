import { Injectable } from '@nestjs/common';
import { TenantContext } from '../../../platform/context/tenant-context';
import { TenantDataService } from '../../../platform/database/tenant-data.service';
import { SearchMiss } from '../entities/search-miss.entity';
import { SearchSynonym } from '../entities/search-synonym.entity';
import { foldText } from './search-query-parser';

/** A store's own synonyms, and the searches that found nothing. */
@Injectable()
export class SearchSettingsService {
  constructor(private readonly data: TenantDataService) {}

  synonyms(ctx: TenantContext): Promise<SearchSynonym[]> {
    return this.data.repo(ctx, SearchSynonym).find({ order: { term: 'ASC' } });
  }

  /** Replaces the synonyms of `term` (and adds the reverse links so the relation is symmetric). */
  async setSynonyms(ctx: TenantContext, term: string, synonyms: string[]): Promise<SearchSynonym[]> {
    const key = foldText(term).trim();
    const values = [...new Set(synonyms.map((s) => foldText(s).trim()).filter((s) => s && s !== key))];
    await this.data.transaction(ctx, async (tx) => {
      const repo = this.data.repo(tx, SearchSynonym);
      await repo.delete({ term: key });
      if (!values.length) return;
      await repo.insert({ term: key, synonyms: values });
      const manager = this.data.managerOf(tx);
      for (const value of values.filter((v) => !v.includes(' '))) {
        await manager.query(
          `INSERT INTO search_synonyms (tenant_id, term, synonyms) VALUES ($1, $2, ARRAY[$3]::text[])
           ON CONFLICT (tenant_id, term) DO UPDATE SET synonyms = (SELECT array_agg(DISTINCT s) FROM unnest(search_synonyms.synonyms || EXCLUDED.synonyms) s)`,
          [tx.tenantId, value, key],
        );
      }
    });
    return this.synonyms(ctx);
  }

  misses(ctx: TenantContext, first: number): Promise<SearchMiss[]> {
    return this.data.repo(ctx, SearchMiss).find({ order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), 500) });
  }
}
