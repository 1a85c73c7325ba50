/** Reads amounts written as numerals ("1,200.50", "1.200,50", "50k") or words ("twenty five", "a hundred"). */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');

/** Regex source for a number written in words, up to the thousands ("forty-nine", "two hundred", "a hundred"). */
export const NUMBER_WORDS_PATTERN =
  `(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?(?:(?:${TENS_WORDS})(?:[\\s-](?:${UNIT_WORDS}))?|${UNIT_WORDS}))?` +
  `|(?:${TENS_WORDS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?` +
  `|${UNIT_WORDS})`;

/** Regex source for a numeral with optional thousands separators, decimals and a "k" suffix. */
export const NUMERAL_PATTERN = '(?:\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?(?:\\s?k\\b)?';

function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((word) => word !== '' && word !== 'and');
  if (words.length === 0) {
    return undefined;
  }
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === 'a') {
      current = 1;
    } else if (word in UNITS) {
      current += UNITS[word];
    } else if (word in TENS) {
      current += TENS[word];
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
    } else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      return undefined;
    }
  }
  return total + current;
}

/** Parses "1,200", "1.200,50", "12,5", "10.99", "50k". Undefined when it is not a number. */
function parseNumeral(text: string): number | undefined {
  let value = text.trim().toLowerCase();
  let multiplier = 1;
  if (value.endsWith('k')) {
    multiplier = 1000;
    value = value.slice(0, -1).trim();
  }
  if (!/^\d[\d.,]*$/.test(value)) {
    return undefined;
  }
  // The last separator followed by one or two digits is the decimal mark; every other one groups thousands.
  const decimal = /[.,](\d{1,2})$/.exec(value);
  const whole = (decimal ? value.slice(0, decimal.index) : value).replace(/[.,]/g, '');
  const parsed = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(parsed) ? parsed * multiplier : undefined;
}

/** A numeral or number words. */
export function parseAmount(text: string): number | undefined {
  return /\d/.test(text) ? parseNumeral(text) : parseNumberWords(text);
}
