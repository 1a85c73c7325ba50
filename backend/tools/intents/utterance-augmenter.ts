import { SeededRandom } from './seeded-random';

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters physically next to each letter on a QWERTY keyboard: the typos people actually make. */
const NEIGHBOURS: Record<string, string> = (() => {
  const neighbours: Record<string, string> = {};
  KEYBOARD_ROWS.forEach((row, r) => {
    [...row].forEach((letter, i) => {
      const around = [row[i - 1], row[i + 1], KEYBOARD_ROWS[r - 1]?.[i], KEYBOARD_ROWS[r - 1]?.[i + 1], KEYBOARD_ROWS[r + 1]?.[i], KEYBOARD_ROWS[r + 1]?.[i - 1]];
      neighbours[letter] = around.filter((char): char is string => Boolean(char)).join('');
    });
  });
  return neighbours;
})();

/** Deterministically derives typo'd variants of training utterances, so typos do not change the intent. */
export class UtteranceAugmenter {
  private readonly random: SeededRandom;

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  /** One to three character-level slips: neighbour key, dropped, doubled or swapped letter, lost or extra space. */
  typoVariant(text: string): string {
    let result = text;
    const edits = 1 + this.random.int(3);
    for (let e = 0; e < edits; e++) {
      result = this.applyTypo(result);
    }
    return result;
  }

  private applyTypo(text: string): string {
    const letters: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (/[a-z]/i.test(text[i])) {
        letters.push(i);
      }
    }
    if (letters.length < 4) {
      return text;
    }
    const at = this.random.pick(letters);
    const char = text[at].toLowerCase();
    switch (this.random.int(6)) {
      case 0: {
        const options = NEIGHBOURS[char] ?? char;
        return text.slice(0, at) + this.random.pick([...options]) + text.slice(at + 1);
      }
      case 1:
        return text.slice(0, at) + text.slice(at + 1);
      case 2:
        return text.slice(0, at) + text[at] + text.slice(at);
      case 3:
        return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
      case 4: {
        const spaces = [...text.matchAll(/ /g)].map((match) => match.index ?? 0);
        if (spaces.length === 0) {
          return text;
        }
        const space = this.random.pick(spaces);
        return text.slice(0, space) + text.slice(space + 1);
      }
      default: {
        const options = NEIGHBOURS[char] ?? char;
        return text.slice(0, at + 1) + this.random.pick([...options]) + text.slice(at + 1);
      }
    }
  }
}
