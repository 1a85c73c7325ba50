import { resolveLocale, useLocale } from './localization';
import { uiText } from './ui-text';

afterEach(() => useLocale('en'));

describe('localization', () => {
  it('matches regional tags to the supported languages and falls back to English', () => {
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('fr_CA')).toBe('fr');
    expect(resolveLocale('ES')).toBe('es');
    expect(resolveLocale('pt-BR')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('switches the widget strings, including those with numbers in them', async () => {
    await useLocale('de-DE');
    expect(uiText.openChat()).toBe('Chat öffnen');
    expect(uiText.openChatUnread(3)).toBe('Chat öffnen, 3 ungelesen');
    await useLocale('es');
    expect(uiText.charactersLeft(12)).toBe('Quedan 12 caracteres');
    await useLocale('en');
    expect(uiText.charactersLeft(12)).toBe('12 characters left');
  });
});
