/**
 * How the figures are defined. Shown to integrators in the schema descriptions, so the numbers on a
 * dashboard and in an export mean the same thing.
 */
export const DEFINITIONS = {
  DAY: "Days are the store's local days (tenants.timezone). Conversation figures count a conversation on the day it started; message, search and order figures count on the day they happened.",
  HANDOFF:
    'A conversation was handed off when a person was needed: the visitor asked for a human, or staff took it over or were assigned. Handoff rate = handed-off conversations / conversations.',
  BOT_RESOLUTION:
    'Resolved by the bot (strict): the bot answered at least once; no person was involved (never handed off, no agent message); it is marked resolved; and the same visitor did not come back about the same intent within 24 hours of the resolution (a new message in it or a new conversation; when no intent is known, any return counts). Bot resolution rate = resolved by the bot / conversations. Figures of the last 24 hours are provisional until that window has passed.',
  FIRST_RESPONSE:
    "Bot: from the visitor's first message to the bot's first reply. Human: from the handoff (or the visitor's first message when staff wrote without one) to the first agent message. Averages over the conversations that got one.",
  CHAT_ORDER:
    'An order is from chat when it names its conversation, or when the same visitor had a conversation that started in the 7 days before the order (credited to the latest one).',
  FUNNEL: 'Chat → cart → order: conversations, those in which something was added to a cart, those credited with a paid order.',
  REVENUE:
    'Orders and revenue count paid orders only (or orders a connected shop reports as confirmed), on the store-local day they were placed; an order waiting for payment does not count yet, and a cancelled or refunded order is taken back out. Amounts are order totals in the minor unit (cents).',
  CSAT: "Average of the visitors' ratings (1 to 5) of conversations that started in the range; null without ratings.",
  SENTIMENT: 'Average sentiment the assistant scored for visitor messages written in the range, from -1 (upset) to 1 (happy); null without scored messages.',
} as const;

/** How long after an order a conversation of the same visitor still gets the credit. */
export const CHAT_ATTRIBUTION_DAYS = 7;

/** A visitor coming back within this window after a resolution means the bot did not resolve it. */
export const RETURN_WINDOW_HOURS = 24;
