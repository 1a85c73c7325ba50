import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';

export type GuardVerdict = 'ok' | 'too_long' | 'abuse' | 'injection';

// Phrases that try to steer the model instead of asking the shop something.
const INJECTION: RegExp[] = [
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(previous|prior|above|earlier|all|your|the)\b.{0,30}\b(instructions?|rules|prompts?|directions|guidelines)\b/i,
  /\b(reveal|show|print|repeat|tell me|output|leak|what(?:'s| is| are))\b.{0,30}\b(system|hidden|initial|developer)\s+(prompt|message|instructions?)\b/i,
  /\byou are now\b|\bact as (?:an? )?(?:unfiltered|jailbroken|dan)\b|\bdeveloper mode\b|\bjailbreak/i,
  /\bnew instructions?\s*:/i,
  /<\/?(?:system|assistant|tool|instructions?)>|\[\/?(?:system|inst)\]|<\|im_(?:start|end)\|>/i,
  /\b(?:call|invoke|use|run|execute)\s+(?:the\s+)?(?:tool|function)\b|\b(?:cancel_order|handoff_to_human|add_to_cart|checkout_link|track_order)\s*\(/i,
  /\b(?:set|change|make)\b.{0,20}\bprice\b.{0,20}\b(?:to|=)\s*[$€£]?\s*0\b/i,
];

const ABUSE = /\b(fuck(?:ing)?|shit|bitch|cunt|asshole|retard(?:ed)?|kill yourself|kys)\b/i;

export const GUARD_MAX_LENGTH = MAX_MESSAGE_LENGTH;

/** Flags text that tries to instruct the assistant; used on visitor messages and on tool outputs. */
export function looksLikeInjection(text: string): boolean {
  return INJECTION.some((pattern) => pattern.test(text));
}

/** Decides whether a visitor message goes to the reply engine as is. */
export function checkVisitorText(text: string, maxLength = GUARD_MAX_LENGTH): GuardVerdict {
  if (text.length > maxLength) return 'too_long';
  if (looksLikeInjection(text)) return 'injection';
  if (ABUSE.test(text)) return 'abuse';
  return 'ok';
}

/** Removes instruction-like passages from data (product text, documents) before it reaches a prompt. */
export function neutralizeData(text: string): string {
  return text
    .split(/(?<=[.!?\n])\s+/)
    .filter((sentence) => !looksLikeInjection(sentence))
    .join(' ')
    .replace(/<\/?[a-z_|]+>/gi, ' ');
}

/** Emails, long digit runs (cards, phones, order numbers) masked for logs. */
export function redactPersonalData(text: string): string {
  return text.replace(/[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi, '[email]').replace(/\d[\d -]{6,}\d/g, '[number]');
}
