import { readFileSync } from 'node:fs';
import type { TrainingExample } from './intent-model-trainer';
import { SeededRandom } from './seeded-random';

const SLOT = /\{([a-z]+)\}/;
const GROUP = /\(([^()]*)\)/;

/**
 * Phrase patterns with slots ("do you have {items} in {colour}") that expand
 * into many utterances. Varying the product nouns, brands and prices teaches
 * the model that the phrasing, not the product, carries the intent.
 */
export class TemplateGrammar {
  private constructor(
    private readonly slots: Map<string, string[]>,
    private readonly patterns: Array<{ intent: string; pattern: string; weight: number }>,
  ) {}

  static fromFile(path: string): TemplateGrammar {
    return TemplateGrammar.parse(readFileSync(path, 'utf8'));
  }

  static parse(text: string): TemplateGrammar {
    const slots = new Map<string, string[]>();
    const patterns: Array<{ intent: string; pattern: string; weight: number }> = [];
    let intent: string | undefined;
    for (const rawLine of text.split(/\r?\n/)) {
      const line = rawLine.trim();
      if (line === '' || line.startsWith('#')) {
        continue;
      }
      const slot = /^@([a-z]+)\s*=\s*(.+)$/.exec(line);
      const header = /^\[([a-z_]+)\]$/.exec(line);
      if (slot) {
        slots.set(slot[1], slot[2].split('|').map((value) => value.trim()));
      } else if (header) {
        intent = header[1];
      } else if (intent) {
        const multiplier = /^(\d+)\*\s*(.+)$/.exec(line);
        patterns.push(
          multiplier
            ? { intent, pattern: multiplier[2], weight: Number(multiplier[1]) }
            : { intent, pattern: line, weight: 1 },
        );
      } else {
        throw new Error(`Pattern outside an [intent] section: ${line}`);
      }
    }
    return new TemplateGrammar(slots, patterns);
  }

  get intents(): string[] {
    return [...new Set(this.patterns.map((pattern) => pattern.intent))];
  }

  /** Up to `perPattern` (times the pattern's "N*" multiplier) distinct utterances per pattern, the same ones for the same seed. */
  expand(perPattern: number, seed: number): TrainingExample[] {
    const random = new SeededRandom(seed);
    const examples: TrainingExample[] = [];
    for (const { intent, pattern, weight } of this.patterns) {
      const seen = new Set<string>();
      const wanted = perPattern * weight;
      for (let attempt = 0; attempt < wanted * 3 && seen.size < wanted; attempt++) {
        const utterance = this.fill(pattern, random);
        if (!seen.has(utterance)) {
          seen.add(utterance);
          examples.push({ utterance, intent });
        }
      }
    }
    return examples;
  }

  private fill(pattern: string, random: SeededRandom): string {
    let text = pattern;
    for (let guard = 0; guard < 100; guard++) {
      const group = GROUP.exec(text);
      const slot = SLOT.exec(text);
      if (group) {
        const choice = random.pick(group[1].split('|'));
        text = text.slice(0, group.index) + choice + text.slice(group.index + group[0].length);
      } else if (slot) {
        const values = this.slots.get(slot[1]);
        if (!values) {
          throw new Error(`Unknown slot {${slot[1]}} in "${pattern}"`);
        }
        text = text.slice(0, slot.index) + random.pick(values) + text.slice(slot.index + slot[0].length);
      } else {
        break;
      }
    }
    return text.replace(/\s+/g, ' ').replace(/\s([,?!])/g, '$1').trim();
  }
}
