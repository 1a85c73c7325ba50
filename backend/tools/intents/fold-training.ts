import { IntentClassifier } from '../../src/modules/assistant/nlu/intent-classifier';
import { IntentModelCodec } from '../../src/modules/assistant/nlu/intent-model-codec';
import { IntentModelTrainer, type IntentTrainingOptions, type TrainingExample } from './intent-model-trainer';

/** Everything one cross-validation fold needs; plain data so it can cross to a worker thread. */
export interface FoldJob {
  fold: number;
  examples: TrainingExample[];
  /** Fold of each example. */
  folds: number[];
  alwaysInTraining: TrainingExample[];
  intents: string[];
  options: IntentTrainingOptions;
}

export interface FoldResult {
  fold: number;
  /** Indices (into `examples`) of the scored examples, and their probabilities at temperature 1. */
  indices: number[];
  probabilities: number[][];
}

/**
 * Trains without the fold and scores the fold through the same encode → decode
 * → classify path as the shipped model, so quantization is part of the estimate.
 */
export function runFold(job: FoldJob): FoldResult {
  const training = [...job.examples.filter((_, index) => job.folds[index] !== job.fold), ...job.alwaysInTraining];
  const model = new IntentModelTrainer(job.options).train(training, job.intents);
  const classifier = IntentClassifier.fromData(IntentModelCodec.encode(model, ''));
  const indices: number[] = [];
  const probabilities: number[][] = [];
  job.examples.forEach((example, index) => {
    if (job.folds[index] === job.fold) {
      indices.push(index);
      probabilities.push(Array.from(classifier.probabilities(example.utterance)));
    }
  });
  return { fold: job.fold, indices, probabilities };
}
