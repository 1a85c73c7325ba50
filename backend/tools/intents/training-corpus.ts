import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readIntentCsv, type LabelledUtterance } from './intent-csv';
import type { TrainingExample } from './intent-model-trainer';
import { TemplateGrammar } from './template-grammar';

export const NLU_DIR = resolve(__dirname, '../../src/modules/assistant/nlu');
export const MODEL_PATH = join(NLU_DIR, 'intent-model.json');
export const SHOPPING_UTTERANCES = join(NLU_DIR, 'data/shopping-intents.csv');
export const SHOPPING_TEMPLATES = join(NLU_DIR, 'data/shopping-templates.txt');
/** The Bitext development split; override with BITEXT_INTENTS_CSV or --bitext. */
export const DEFAULT_BITEXT = process.env.BITEXT_INTENTS_CSV ?? '/work/shared/data/bitext-dev/intents.csv';

/** Utterances drawn from each template pattern, and how much each counts against a hand-written one. */
export const TEMPLATE_UTTERANCES_PER_PATTERN = 16;
export const TEMPLATE_WEIGHT = 0.2;
export const TEMPLATE_SEED = 11;
/** One template utterance in this many also gets a typo'd copy. */
export const TEMPLATE_TYPO_EVERY = 4;

export const ATTRIBUTION =
  'Trained on the Bitext customer-support dataset (development split; (c) Bitext Innovations 2023, ' +
  'Community Data License Agreement - Sharing 1.0) and on Shopdesk shopping utterances.';

export interface TrainingCorpus {
  /** Real utterances: scored in cross-validation. */
  labelled: Array<LabelledUtterance & { source: 'bitext' | 'shopping'; typoVariants: number }>;
  /** Utterances expanded from templates: always trained on, never scored. */
  generated: TrainingExample[];
}

export function loadTrainingCorpus(bitextPath = DEFAULT_BITEXT): TrainingCorpus {
  if (!existsSync(bitextPath)) {
    throw new Error(`Bitext intents file not found at ${bitextPath} (set BITEXT_INTENTS_CSV or pass --bitext)`);
  }
  // Bitext already holds typo'd variants of its utterances; the shopping ones get a synthetic typo'd copy.
  const labelled = [
    ...readIntentCsv(bitextPath).map((row) => ({ ...row, source: 'bitext' as const, typoVariants: 0 })),
    ...readIntentCsv(SHOPPING_UTTERANCES).map((row) => ({ ...row, source: 'shopping' as const, typoVariants: 1 })),
  ];
  const generated = TemplateGrammar.fromFile(SHOPPING_TEMPLATES)
    .expand(TEMPLATE_UTTERANCES_PER_PATTERN, TEMPLATE_SEED)
    .map((example, index) => ({
      ...example,
      weight: TEMPLATE_WEIGHT,
      typoVariants: index % TEMPLATE_TYPO_EVERY === 0 ? 1 : 0,
    }));
  return { labelled, generated };
}
