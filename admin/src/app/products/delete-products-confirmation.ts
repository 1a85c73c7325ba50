import type { ConfirmData } from '../shared/confirm-dialog';

/** Deleting takes products out of the store and its search, so staff are asked first. */
export function deleteProductsConfirmation(count: number): ConfirmData {
  return {
    title: `Delete ${count === 1 ? 'this product' : `${count} products`}?`,
    body: `Shoppers and the assistant will no longer see ${count === 1 ? 'it' : 'them'}. Importing the same SKU again brings a product back.`,
    confirm: 'Delete',
  };
}
