import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import type { ManualStockChangeKind, StockLevel, StockLevelResult } from './inventory.models';
import { ADJUST_STOCK, SET_LOW_STOCK_THRESHOLD, TRANSFER_STOCK } from './inventory.graphql';
import { insufficientStockMessage } from './stock-change';

/** A stock change either lands (the new levels) or is refused with words for the person who tried. */
export type StockChangeOutcome = { readonly ok: true; readonly levels: readonly StockLevel[] } | { readonly ok: false; readonly message: string };

/** Stock changes staff make by hand; each one lands in the movement history with its reason. */
@Injectable({ providedIn: 'root' })
export class InventoryActions {
  private readonly apollo = inject(Apollo);

  async adjust(input: { variantId: string; locationId: string | null; delta: number; kind: ManualStockChangeKind; reason: string }): Promise<StockChangeOutcome> {
    const result = await firstValueFrom(
      // The answer is a union; it is read as sent rather than through the cache, which needs union type hints.
      this.apollo.mutate({ mutation: ADJUST_STOCK, variables: { input: { ...input, reason: input.reason.trim() } }, fetchPolicy: 'no-cache' }),
    );
    return outcomeOf(result.data?.adjustStock);
  }

  async transfer(input: { variantId: string; fromLocationId: string; toLocationId: string; quantity: number; reason: string }): Promise<StockChangeOutcome> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: TRANSFER_STOCK, variables: { input: { ...input, reason: input.reason.trim() } }, fetchPolicy: 'no-cache' }),
    );
    return outcomeOf(result.data?.transferStock);
  }

  async setThreshold(input: { variantId: string; locationId: string | null; threshold: number | null }): Promise<StockLevel> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: SET_LOW_STOCK_THRESHOLD, variables: { input }, fetchPolicy: 'no-cache' }));
    if (!result.data) throw new Error('The server did not answer');
    return result.data.setLowStockThreshold;
  }
}

function outcomeOf(result: StockLevelResult | undefined): StockChangeOutcome {
  if (!result) throw new Error('The server did not answer');
  if (result.__typename === 'InsufficientStockError') return { ok: false, message: insufficientStockMessage(result) };
  return { ok: true, levels: result.levels };
}
