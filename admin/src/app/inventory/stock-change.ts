import type { InsufficientStockError, ManualStockChangeKind } from './inventory.models';

export const MANUAL_KIND_LABELS: Readonly<Record<ManualStockChangeKind, string>> = {
  RECEIPT: 'Received from supplier',
  ADJUSTMENT: 'Correction (count, damage, loss)',
  RETURN: 'Returned by a customer',
};

/** Ledger kinds as the API stores them. */
export const MOVEMENT_KIND_LABELS: Readonly<Record<string, string>> = {
  receipt: 'Receipt',
  sale: 'Sale',
  reservation: 'Reservation',
  release: 'Release',
  adjustment: 'Adjustment',
  transfer: 'Transfer',
  return: 'Return',
};

export function movementKindLabel(kind: string): string {
  return MOVEMENT_KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export interface AdjustmentDraft {
  readonly kind: ManualStockChangeKind;
  readonly delta: number | null;
  readonly reason: string;
  /** On hand at the location now. */
  readonly onHand: number;
  readonly reserved: number;
}

/** Why an adjustment cannot be sent, in words for the form; null when it can. */
export function adjustmentProblem(draft: AdjustmentDraft): string | null {
  const { delta } = draft;
  if (delta === null || !Number.isInteger(delta) || delta === 0) return 'Enter a whole number of units other than 0';
  if (draft.kind !== 'ADJUSTMENT' && delta < 0) return 'Received and returned units are added: enter a positive number';
  if (draft.onHand + delta < draft.reserved) {
    return draft.reserved > 0
      ? `At most ${draft.onHand - draft.reserved} can be removed: ${draft.reserved} are held for orders`
      : `Only ${draft.onHand} on hand: at most ${draft.onHand} can be removed`;
  }
  if (!draft.reason.trim()) return 'Say why, for the movement history';
  return null;
}

export interface TransferDraft {
  readonly fromLocationId: string | null;
  readonly toLocationId: string | null;
  readonly quantity: number | null;
  readonly reason: string;
  /** Available (not held) at the origin. */
  readonly available: number;
}

export function transferProblem(draft: TransferDraft): string | null {
  if (!draft.fromLocationId || !draft.toLocationId) return 'Pick where the units go';
  if (draft.fromLocationId === draft.toLocationId) return 'Pick two different locations';
  const { quantity } = draft;
  if (quantity === null || !Number.isInteger(quantity) || quantity <= 0) return 'Enter a whole number of units above 0';
  if (quantity > draft.available) return `Only ${draft.available} available to move`;
  if (!draft.reason.trim()) return 'Say why, for the movement history';
  return null;
}

/** The threshold field: empty turns the alert off. */
export function parseThreshold(raw: string): { readonly value: number | null } | { readonly problem: string } {
  const text = raw.trim();
  if (!text) return { value: null };
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) return { problem: 'Enter 0 or a positive whole number, or leave empty for no alert' };
  return { value };
}

export function insufficientStockMessage(error: Pick<InsufficientStockError, 'requested' | 'available'>): string {
  return `Not enough stock: ${error.requested} asked for, ${error.available} available. Nothing was changed.`;
}

/** "+5" / "−3", as the ledger shows them. */
export function signedQuantity(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${Math.abs(delta)}`;
  return '0';
}
