import { hashFeatures, type FeatureSettings, type HashedFeatures } from '../../src/modules/assistant/nlu/feature-hashing';
import type { IntentModelWeights } from '../../src/modules/assistant/nlu/intent-model-weights';
import { normalizeText } from '../../src/modules/assistant/nlu/text-normalizer';
import { tfidfVector } from '../../src/modules/assistant/nlu/tfidf-vector';
import { trainSoftmaxRegression, type SparseDataset } from './softmax-regression';
import { UtteranceAugmenter } from './utterance-augmenter';

export interface IntentTrainingOptions {
  features: FeatureSettings;
  l2: number;
  maxIterations: number;
  relativeTolerance: number;
  lbfgsMemory: number;
  seed: number;
  /** Synthetic typo'd copies per utterance. */
  typoVariants: number;
  /** Loss weight of a synthetic copy relative to a real utterance. */
  variantWeight: number;
  /** Buckets seen in fewer training utterances than this are dropped from the model. */
  minDocumentFrequency: number;
}

/**
 * Chosen by 5-fold cross-validation on the training data: character n-grams across word
 * boundaries beat within-word ones, the word block at half weight beat equal weight. Synthetic
 * typo copies do not help on the Bitext utterances (which hold typo'd variants already) but do on
 * the shopping ones, so the corpus asks for them per utterance (`TrainingExample.typoVariants`).
 */
export const DEFAULT_TRAINING_OPTIONS: IntentTrainingOptions = {
  features: {
    hashBits: 20,
    wordNgramMax: 2,
    charNgramMin: 2,
    charNgramMax: 5,
    charNgramsAcrossWords: true,
    sublinearTf: true,
    wordBlockWeight: 0.5,
  },
  l2: 8e-7,
  maxIterations: 300,
  relativeTolerance: 1e-6,
  lbfgsMemory: 4,
  seed: 20240611,
  typoVariants: 0,
  variantWeight: 0.5,
  minDocumentFrequency: 1,
};

export interface TrainingExample {
  utterance: string;
  intent: string;
  /** Loss weight; 1 when absent. */
  weight?: number;
  /** Synthetic typo'd copies to train on besides the utterance; `typoVariants` of the options when absent. */
  typoVariants?: number;
}

interface ExpandedExample {
  utterance: string;
  intent: string;
  weight: number;
  synthetic: boolean;
}

interface WeightedCounts {
  counts: HashedFeatures;
  /** Synthetic copies use the vocabulary of the real utterances but add none to it. */
  synthetic: boolean;
  label: number;
  weight: number;
}

/** Builds the hashed TF-IDF features of a labelled set and fits the logistic regression on them. */
export class IntentModelTrainer {
  constructor(private readonly options: IntentTrainingOptions) {}

  train(examples: readonly TrainingExample[], intents: readonly string[]): IntentModelWeights {
    const { features } = this.options;
    const labelOf = new Map(intents.map((intent, index) => [intent, index]));
    const rows = this.expand(examples).map(({ utterance, intent, weight, synthetic }) => {
      const label = labelOf.get(intent);
      if (label === undefined) {
        throw new Error(`Unknown intent "${intent}" in training data`);
      }
      return { counts: hashFeatures(normalizeText(utterance), features), label, weight, synthetic };
    });

    const { buckets, idf } = this.vocabulary(rows);
    const rowOf = new Map<number, number>();
    buckets.forEach((bucket, row) => rowOf.set(bucket, row));
        const dataset = this.sparseDataset(rows, (bucket) => rowOf.get(bucket) ?? -1, idf, buckets.length, intents.length);
    const fitted = trainSoftmaxRegression(dataset, {
      l2: this.options.l2,
      maxIterations: this.options.maxIterations,
      relativeTolerance: this.options.relativeTolerance,
      memory: this.options.lbfgsMemory,
    });
    return {
      intents: [...intents],
      features: { ...features },
      buckets,
      idf,
      weights: Float32Array.from(fitted.weights),
      bias: Float32Array.from(fitted.bias),
      temperature: 1,
    };
  }

  private expand(examples: readonly TrainingExample[]): ExpandedExample[] {
    const augmenter = new UtteranceAugmenter(this.options.seed);
    const expanded: ExpandedExample[] = [];
    for (const example of examples) {
      const { intent } = example;
      const weight = (example.weight ?? 1) * this.options.variantWeight;
      expanded.push({ utterance: example.utterance, intent, weight: example.weight ?? 1, synthetic: false });
      for (let i = 0; i < (example.typoVariants ?? this.options.typoVariants); i++) {
        expanded.push({ utterance: augmenter.typoVariant(example.utterance), intent, weight, synthetic: true });
      }
    }
    return expanded;
  }

  /** Buckets kept in the model (ascending) and their smoothed inverse document frequency. */
  private vocabulary(rows: WeightedCounts[]): { buckets: Uint32Array; idf: Float32Array } {
    const documentFrequency = new Map<number, number>();
    const real = rows.filter((row) => !row.synthetic);
    for (const { counts } of real) {
      for (const bucket of new Set([...counts.words.keys(), ...counts.chars.keys()])) {
        documentFrequency.set(bucket, (documentFrequency.get(bucket) ?? 0) + 1);
      }
    }
    const kept = [...documentFrequency.entries()]
      .filter(([, frequency]) => frequency >= this.options.minDocumentFrequency)
      .sort((a, b) => a[0] - b[0]);
    const buckets = Uint32Array.from(kept.map(([bucket]) => bucket));
    const idf = Float32Array.from(kept.map(([, frequency]) => Math.log((1 + real.length) / (1 + frequency)) + 1));
    return { buckets, idf };
  }

  private sparseDataset(
    rows: WeightedCounts[],
    rowOfBucket: (bucket: number) => number,
    idf: Float32Array,
    columnCount: number,
    classCount: number,
  ): SparseDataset {
    const rowStart = new Int32Array(rows.length + 1);
    const columns: number[] = [];
    const values: number[] = [];
    rows.forEach(({ counts }, index) => {
      const vector = tfidfVector(counts, rowOfBucket, idf, this.options.features);
      columns.push(...vector.rows);
      values.push(...vector.values);
      rowStart[index + 1] = columns.length;
    });
    return {
      rowStart,
      columns: Int32Array.from(columns),
      values: Float64Array.from(values),
      labels: Int32Array.from(rows.map((row) => row.label)),
      exampleWeights: Float64Array.from(rows.map((row) => row.weight)),
      columnCount,
      classCount,
    };
  }
}
