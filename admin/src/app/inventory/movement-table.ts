import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { StockLocation, StockMovement, VariantRef } from './inventory.models';
import { actorLabel } from './actor-label';
import { movementKindLabel, signedQuantity } from './stock-change';
import { unknownVariant } from './stock-rows';

/** The stock ledger, newest first: what changed, where, by whom and why. */
@Component({
  selector: 'sd-movement-table',
  imports: [DatePipe],
  template: `
    <table class="table" aria-label="Stock movements">
      <thead>
        <tr>
          <th scope="col">When</th>
          @if (showVariant()) {
            <th scope="col">Variant</th>
          }
          <th scope="col">Location</th>
          <th scope="col">Kind</th>
          <th scope="col" class="num">On hand</th>
          @if (showReserved()) {
            <th scope="col" class="num">Reserved</th>
          }
          <th scope="col">Reason</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.movement.id) {
          <tr data-testid="movement">
            <td class="when">{{ row.movement.createdAt | date: 'd MMM, HH:mm' }}</td>
            @if (showVariant()) {
              <td class="variant">
                <span class="product">{{ row.variant.productName }}</span>
                <span class="sku">{{ row.variant.sku }}</span>
              </td>
            }
            <td class="nowrap">{{ row.location }}</td>
            <td class="nowrap">{{ row.kind }}</td>
            <td class="num" [class.minus]="row.movement.onHandDelta < 0">{{ row.onHand }}</td>
            @if (showReserved()) {
              <td class="num">{{ row.reserved }}</td>
            }
            <td class="reason">{{ row.movement.reason }}</td>
            <td>{{ row.actor }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: './stock-table.scss',
  styles: `
    .when {
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant);
    }
    .reason {
      min-width: 160px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .minus {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MovementTable {
  readonly movements = input.required<readonly StockMovement[]>();
  readonly variants = input<ReadonlyMap<string, VariantRef>>(new Map());
  readonly locations = input.required<readonly StockLocation[]>();
  readonly showVariant = input(true);
  /** The signed-in staff member, whose own changes read "You". */
  readonly me = input<string | null>(null);

  /** Reservations only show up once orders hold stock; until then the column stays away. */
  protected readonly showReserved = computed(() => this.movements().some((m) => m.reservedDelta !== 0));
  protected readonly rows = computed(() => {
    const locations = new Map(this.locations().map((l) => [l.id, l.name]));
    return this.movements().map((movement) => ({
      movement,
      variant: this.variants().get(movement.variantId) ?? unknownVariant(movement.variantId),
      location: locations.get(movement.locationId) ?? '—',
      kind: movementKindLabel(movement.kind),
      onHand: movement.onHandDelta ? signedQuantity(movement.onHandDelta) : '',
      reserved: movement.reservedDelta ? signedQuantity(movement.reservedDelta) : '',
      actor: actorLabel(movement.actor, this.me()),
    }));
  });
}
