import { Nlu } from '../nlu/nlu';
import { scoreSentiment } from '../sentiment/lexicon-sentiment';
import { englishGloss } from './english-gloss';

const NO_CATALOG = { brands: [], categories: [], productNames: [] };

describe('englishGloss', () => {
  it('puts the words of asking and support into English and leaves product words as written', () => {
    expect(englishGloss('Wo ist meine Bestellung?', 'de')).toBe('where is my order?');
    expect(englishGloss('Haben Sie Jacken unter 50 Euro?', 'de')).toBe('do you have Jacken under 50 Euro?');
    expect(englishGloss('Avez-vous des vestes à moins de 50 euros ?', 'fr')).toBe('do you have des vestes à under 50 euros ?');
    expect(englishGloss('¿Dónde está mi pedido?', 'es')).toBe('¿where is my order?');
  });

  it('changes whole words only, and English not at all', () => {
    expect(englishGloss('Das Unterhemd', 'de')).toBe('Das Unterhemd');
    expect(englishGloss('where is my order?', 'en')).toBe('where is my order?');
  });

  it('lets the intent model understand shoppers writing German, French or Spanish', () => {
    const nlu = new Nlu();
    const intentOf = (text: string, language: 'de' | 'fr' | 'es') => nlu.analyse(englishGloss(text, language), NO_CATALOG).intent;
    expect(
      [
        intentOf('Wo ist meine Bestellung?', 'de'),
        intentOf('Ich möchte meine Bestellung stornieren', 'de'),
        intentOf('Kann ich mit einem Mitarbeiter sprechen?', 'de'),
        intentOf('Wie ändere ich meine Lieferadresse?', 'de'),
        intentOf('Je veux annuler ma commande', 'fr'),
        intentOf('Je voudrais parler à un conseiller', 'fr'),
        intentOf('Je veux un remboursement', 'fr'),
        intentOf('Quiero hablar con una persona', 'es'),
        intentOf('Quiero un reembolso', 'es'),
        intentOf('Quiero cambiar mi dirección de envío', 'es'),
      ],
    ).toEqual([
      'track_order',
      'cancel_order',
      'contact_human_agent',
      'change_shipping_address',
      'cancel_order',
      'contact_human_agent',
      'get_refund',
      'contact_human_agent',
      'get_refund',
      'change_shipping_address',
    ]);
    expect(nlu.analyse(englishGloss('Haben Sie Jacken unter 50 Euro?', 'de'), NO_CATALOG).entities).toContainEqual(
      expect.objectContaining({ type: 'price_range', value: expect.objectContaining({ max: 50 }) }),
    );
  });

  it('lets the sentiment lexicon hear an unhappy or a happy shopper in their own words', () => {
    expect(scoreSentiment(englishGloss('Ich bin sehr enttäuscht, die Jacke kam kaputt an', 'de'))).toBeLessThan(0);
    expect(scoreSentiment(englishGloss("C'est inadmissible, je suis furieux", 'fr'))).toBeLessThan(0);
    expect(scoreSentiment(englishGloss('Estoy muy decepcionada', 'es'))).toBeLessThan(0);
    expect(scoreSentiment(englishGloss('Das war nicht gut', 'de'))).toBeLessThan(0);
    expect(scoreSentiment(englishGloss('Super, vielen Dank!', 'de'))).toBeGreaterThan(0);
    expect(scoreSentiment(englishGloss('Parfait, merci !', 'fr'))).toBeGreaterThan(0);
  });
});
