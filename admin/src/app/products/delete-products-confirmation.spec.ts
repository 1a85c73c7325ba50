import { deleteProductsConfirmation } from './delete-products-confirmation';

describe('deleteProductsConfirmation', () => {
  it('asks about one product in the singular', () => {
    expect(deleteProductsConfirmation(1)).toEqual({
      title: 'Delete this product?',
      body: 'Shoppers and the assistant will no longer see it. Importing the same SKU again brings a product back.',
      confirm: 'Delete',
    });
  });

  it('counts several products', () => {
    const asked = deleteProductsConfirmation(3);
    expect(asked.title).toBe('Delete 3 products?');
    expect(asked.body).toContain('will no longer see them.');
  });
});
