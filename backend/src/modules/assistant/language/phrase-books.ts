import { ReplyLanguage } from '../settings/reply-languages';
import { ENGLISH } from './english-phrases';
import { FRENCH } from './french-phrases';
import { GERMAN } from './german-phrases';
import { ReplyPhrases } from './reply-phrases';
import { SPANISH } from './spanish-phrases';

export const PHRASE_BOOKS: Readonly<Record<ReplyLanguage, ReplyPhrases>> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH };

const normalize = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

// Tapped quick replies of every language, mapped to the English text the intent model was trained on.
const QUICK_REPLY_MEANINGS = new Map(
  Object.values(PHRASE_BOOKS).flatMap((book) =>
    (Object.keys(book.quickReplies) as Array<keyof ReplyPhrases['quickReplies']>).map((step) => [normalize(book.quickReplies[step].text), ENGLISH.quickReplies[step].text] as const),
  ),
);

/**
 * The English meaning of a quick reply the visitor tapped in their language ("Wo ist meine
 * Bestellung?" → "Where is my order?"), so it is understood like the English one; null for any
 * other message.
 */
export function quickReplyMeaning(text: string): string | null {
  return QUICK_REPLY_MEANINGS.get(normalize(text)) ?? null;
}
