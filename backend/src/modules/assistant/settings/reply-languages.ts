/** Languages the assistant can reply in (ISO 639-1); stores enable a subset. */
export const REPLY_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

export const DEFAULT_REPLY_LANGUAGES: ReplyLanguage[] = ['en'];
