import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { VariantRef } from './inventory.models';
import { VARIANT_DIRECTORY } from './variant-directory.graphql';
import { variantRefsOf } from './variant-refs';

const PAGE_SIZE = 100;
/** Enough for a few thousand products; beyond it rows show their variant id. */
const MAX_PAGES = 30;

/**
 * Names variants known only by id (low-stock levels, movements). The stock API returns ids
 * only, so the catalog is read page by page until every id asked for is named, and kept.
 */
@Injectable()
export class VariantDirectory {
  private readonly apollo = inject(Apollo);
  private readonly known = new Map<string, VariantRef>();
  private after: string | null = null;
  private exhausted = false;
  private loading: Promise<void> | null = null;

  async lookup(variantIds: readonly string[]): Promise<ReadonlyMap<string, VariantRef>> {
    let pages = 0;
    while (!this.exhausted && pages < MAX_PAGES && variantIds.some((id) => !this.known.has(id))) {
      await this.loadNextPage();
      pages++;
    }
    return new Map(variantIds.filter((id) => this.known.has(id)).map((id) => [id, this.known.get(id) as VariantRef]));
  }

  /** Adds variants a page already fetched, so later lookups need no request. */
  remember(refs: readonly VariantRef[]): void {
    for (const ref of refs) this.known.set(ref.variantId, ref);
  }

  /** After an import the catalog changed: read it again from the start. */
  forget(): void {
    this.known.clear();
    this.after = null;
    this.exhausted = false;
  }

  private loadNextPage(): Promise<void> {
    // One request at a time, so two tables asking together don't read the same page twice.
    this.loading ??= (async () => {
      try {
        const result = await firstValueFrom(
          this.apollo.query({ query: VARIANT_DIRECTORY, variables: { search: null, first: PAGE_SIZE, after: this.after }, fetchPolicy: 'network-only' }),
        );
        const connection = result.data?.products;
        if (!connection) throw new Error('No products in the response');
        this.remember(variantRefsOf(connection.edges.map((e) => e.node)));
        this.after = connection.pageInfo.endCursor;
        this.exhausted = !connection.pageInfo.hasNextPage;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}
