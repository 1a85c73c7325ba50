import { detectLanguage, languageOfLocale, resolveReplyLanguage } from './reply-language';

describe('detectLanguage', () => {
  it.each([
    ['Wo ist meine Bestellung?', 'de'],
    ['Haben Sie Hoodies unter 60 Euro?', 'de'],
    ['Bonjour, avez-vous des sweats à capuche ?', 'fr'],
    ['Je cherche un sac à dos', 'fr'],
    ['¿Dónde está mi pedido?', 'es'],
    ['Quiero hablar con una persona', 'es'],
    ['do you have hoodies?', 'en'],
    ['please add the essentials hoodie to my cart', 'en'],
  ])('recognises %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(['hello', 'danke', 'merci', 'hola', 'ok', 'it is 10045678', 'sure: jane@example.com', 'Nike hoodie'])('does not guess on the short %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('does not answer in a language the assistant cannot speak', () => {
    expect(detectLanguage('Dove si trova il mio ordine, per favore?')).toBeNull();
  });
});

describe('languageOfLocale', () => {
  it('takes the primary language of a browser locale the assistant speaks', () => {
    expect(languageOfLocale('fr-CH')).toBe('fr');
    expect(languageOfLocale('DE_at')).toBe('de');
    expect(languageOfLocale('*')).toBeNull();
    expect(languageOfLocale('it-IT')).toBeNull();
    expect(languageOfLocale(undefined)).toBeNull();
  });
});

describe('resolveReplyLanguage', () => {
  const all = ['en', 'de', 'fr', 'es'];

  it('follows a clearly written message over everything else', () => {
    expect(resolveReplyLanguage({ text: 'Wo ist meine Bestellung?', previous: 'fr', requestLocale: 'es-ES', enabled: all })).toBe('de');
  });

  it('keeps the conversation language for a message too short to tell', () => {
    expect(resolveReplyLanguage({ text: 'danke', previous: 'de', requestLocale: 'en-US', enabled: all })).toBe('de');
  });

  it('uses the browser language for a first short message', () => {
    expect(resolveReplyLanguage({ text: 'hello', previous: null, requestLocale: 'fr-FR', enabled: all })).toBe('fr');
  });

  it("falls back to the store's first language", () => {
    expect(resolveReplyLanguage({ text: 'ok', enabled: ['es', 'en'] })).toBe('es');
    expect(resolveReplyLanguage({ text: 'ok', requestLocale: 'it-IT', enabled: ['de', 'en'] })).toBe('de');
  });

  it("never answers in a language the store has not enabled", () => {
    expect(resolveReplyLanguage({ text: 'Wo ist meine Bestellung?', enabled: ['en'] })).toBe('en');
    expect(resolveReplyLanguage({ text: 'hello', requestLocale: 'fr', enabled: ['es', 'de'] })).toBe('es');
  });
});
