import { configureLocalization, type LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['de', 'fr', 'es'] as const;
type TargetLocale = (typeof TARGET_LOCALES)[number];
type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

// Translations are separate chunks, fetched only for visitors who need them.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  de: () => import('./locales/de'),
  fr: () => import('./locales/fr'),
  es: () => import('./locales/es'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: TARGET_LOCALES,
  loadLocale: (locale) => loaders[locale as TargetLocale](),
});

/** Maps a BCP 47 tag (`de-AT`, `fr`, `pt-BR`) to a supported locale, English when none fits. */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (TARGET_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : SOURCE_LOCALE;
}

/** Switches every widget string to the best match for `tag`; a locale that fails to load leaves English. */
export function useLocale(tag: string | null | undefined): Promise<void> {
  return setLocale(resolveLocale(tag)).catch(() => undefined);
}

/** The locale the widget's strings are in now (`en`, `de`, `fr` or `es`). */
export function currentLocale(): string {
  return getLocale();
}
