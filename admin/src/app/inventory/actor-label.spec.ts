import { actorLabel } from './actor-label';

describe('actorLabel', () => {
  it('shows the signed-in person their own changes as theirs', () => {
    expect(actorLabel('user:81ecc942', '81ecc942')).toBe('You');
    expect(actorLabel('user:0000aaaa', '81ecc942')).toBe('A team member');
  });

  it('names automatic changes by what made them', () => {
    expect(actorLabel('system:catalog-import', null)).toBe('Catalog import');
    expect(actorLabel('system:reservation_expiry', null)).toBe('Reservation expiry');
    expect(actorLabel('visitor:v1', null)).toBe('A shopper');
  });

  it('keeps anything it does not recognise as sent', () => {
    expect(actorLabel('woocommerce', null)).toBe('woocommerce');
  });
});
