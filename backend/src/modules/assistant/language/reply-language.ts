import { detectAll } from 'tinyld';
import { REPLY_LANGUAGES, ReplyLanguage } from '../settings/reply-languages';

/**
 * Below this many letters tinyld guesses ("hello" comes out Italian, "danke" as nothing), so shorter
 * messages keep the conversation's language. Measured on shop phrases in en/de/fr/es: from about
 * 12 letters ("Wo ist meine Bestellung?", "¿Tienen mochilas?") the top guess was right.
 */
export const MIN_DETECTION_LETTERS = 12;
/** Language names as a model is told them ("Reply in German"). */
export const LANGUAGE_NAMES: Readonly<Record<ReplyLanguage, string>> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish' };

/** The best guess must beat the runner-up by this factor ("connect me to an agent": en 1.32× af). */
const MIN_LEAD = 1.25;

export interface LanguageClues {
  text: string;
  /** The language the conversation was answered in before, if any. */
  previous?: string | null;
  /** The visitor's browser language (Accept-Language), e.g. "fr-CH". */
  requestLocale?: string | null;
  /** The store's languages; the first is the fallback. */
  enabled: readonly string[];
}

function isReplyLanguage(code: string): code is ReplyLanguage {
  return (REPLY_LANGUAGES as readonly string[]).includes(code);
}

/** The primary language of a locale ("fr-CH" → "fr"), if the assistant speaks it. */
export function languageOfLocale(locale: string | null | undefined): ReplyLanguage | null {
  const code = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isReplyLanguage(code) ? code : null;
}

/** The language a message is written in, when the text is long and clear enough to tell. */
export function detectLanguage(text: string): ReplyLanguage | null {
  // Emails and links say nothing about the writer's language.
  const words = text.replace(/\S+@\S+|https?:\/\/\S+/gi, ' ');
  if ((words.match(/\p{L}/gu) ?? []).length < MIN_DETECTION_LETTERS) return null;
  const [best, runnerUp] = detectAll(words);
  if (!best || !isReplyLanguage(best.lang)) return null;
  if (runnerUp && best.accuracy < runnerUp.accuracy * MIN_LEAD) return null;
  return best.lang;
}

/**
 * The language to reply in: what the message is written in, else what the conversation used, else
 * the browser's language, else the store's first language; always one the store has enabled.
 */
export function resolveReplyLanguage(clues: LanguageClues): ReplyLanguage {
  const fallback = languageOfLocale(clues.enabled[0]) ?? 'en';
  // A store with one language answers in it whatever the visitor writes: no need to tell.
  if (clues.enabled.length <= 1) return fallback;
  const wanted = detectLanguage(clues.text) ?? languageOfLocale(clues.previous) ?? languageOfLocale(clues.requestLocale) ?? fallback;
  return clues.enabled.includes(wanted) ? wanted : fallback;
}
