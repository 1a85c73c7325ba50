import { PHRASE_BOOKS } from '../language/phrase-books';
import { ReplyPhrases } from '../language/reply-phrases';
import { ReplyLanguage } from '../settings/reply-languages';
import { ProductFact } from '../tools/assistant-tool';
import { formatMoney } from '../tools/money';

/** The locale figures are written in for each reply language. */
const LOCALES: Readonly<Record<ReplyLanguage, string>> = { en: 'en', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** The built-in replies in one language, with figures formatted for it. */
export interface ReplyTemplates extends ReplyPhrases {
  readonly language: ReplyLanguage;
  money(cents: number, currency: string): string;
  /** One product as a reply line, with figures straight from the tool result. */
  productLine(p: ProductFact): string;
  productList(products: ProductFact[], intro: string): string;
  /** What a model already did, confirmed when the rules finish its turn. */
  actionsDone(tools: string[]): string;
  policy(title: string, text: string): string;
}

export function templatesFor(language: ReplyLanguage): ReplyTemplates {
  const phrases = PHRASE_BOOKS[language];
  const money = (cents: number, currency: string) => formatMoney(cents, currency, LOCALES[language]);
  const productLine = (p: ProductFact) => {
    const was = p.regularPriceCents > p.priceCents ? ` ${phrases.was(money(p.regularPriceCents, p.currency))}` : '';
    return `• ${p.name} — ${money(p.priceCents, p.currency)}${was}, ${p.stock > 0 ? phrases.inStock(p.stock) : phrases.soldOut}`;
  };
  return {
    ...phrases,
    language,
    money,
    productLine,
    productList: (products, intro) => [intro, ...products.slice(0, 5).map(productLine)].join('\n'),
    actionsDone: (tools) =>
      [phrases.done, ...[...new Set(tools)].map((t) => phrases.doneActions[t as keyof ReplyPhrases['doneActions']]).filter(Boolean), phrases.anythingElse].join(' '),
    policy: (title, text) => `${text.length > 400 ? `${text.slice(0, 399)}…` : text}\n\n${phrases.source(title)}`,
  };
}

export function quoted(text: string, max = 80): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}
