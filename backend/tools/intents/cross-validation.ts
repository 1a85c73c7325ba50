import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runFold, type FoldJob, type FoldResult } from './fold-training';
import type { IntentTrainingOptions, TrainingExample } from './intent-model-trainer';
import { SeededRandom } from './seeded-random';

/** Assigns each example a fold in 0..k-1 so that every intent is spread evenly over the folds. */
export function stratifiedFolds(intents: readonly string[], k: number, seed: number): number[] {
  const random = new SeededRandom(seed);
  const byIntent = new Map<string, number[]>();
  intents.forEach((intent, index) => {
    const members = byIntent.get(intent) ?? [];
    members.push(index);
    byIntent.set(intent, members);
  });
  const folds = new Array<number>(intents.length).fill(0);
  // Continue the round-robin across intents so small intents don't all start in fold 0.
  let next = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    for (const index of random.shuffle([...(byIntent.get(intent) ?? [])])) {
      folds[index] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}

export interface CrossValidationSettings {
  k: number;
  /** Utterances (e.g. expanded from templates) that join every training fold and are never scored. */
  alwaysInTraining?: readonly TrainingExample[];
  /** Folds trained at once, each in its own worker thread; 1 trains in this thread. */
  workers?: number;
  onFold?: (fold: number) => void;
}

/**
 * Out-of-fold probabilities (at temperature 1): each example is scored by a model trained without
 * its fold. Deterministic whatever the number of workers.
 */
export async function crossValidatedProbabilities(
  examples: readonly TrainingExample[],
  intents: readonly string[],
  options: IntentTrainingOptions,
  { k, alwaysInTraining = [], workers = 1, onFold }: CrossValidationSettings,
): Promise<Float64Array[]> {
  const folds = stratifiedFolds(
    examples.map((example) => example.intent),
    k,
    options.seed,
  );
  const jobs: FoldJob[] = Array.from({ length: k }, (_, fold) => ({
    fold,
    examples: [...examples],
    folds,
    alwaysInTraining: [...alwaysInTraining],
    intents: [...intents],
    options,
  }));
  const probabilities = new Array<Float64Array>(examples.length);
  const collect = (result: FoldResult): void => {
    result.indices.forEach((index, i) => {
      probabilities[index] = Float64Array.from(result.probabilities[i]);
    });
    onFold?.(result.fold);
  };
  if (workers <= 1) {
    jobs.forEach((job) => collect(runFold(job)));
    return probabilities;
  }
  const queue = [...jobs];
  const runNext = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      collect(await runFoldInWorker(job));
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, k) }, runNext));
  return probabilities;
}

function runFoldInWorker(job: FoldJob): Promise<FoldResult> {
  const workerFile = join(__dirname, `fold-worker${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
  // Under ts-node the worker must register the TypeScript hook itself.
  const source = __filename.endsWith('.ts')
    ? `require('ts-node').register({ transpileOnly: true, project: ${JSON.stringify(join(__dirname, 'tsconfig.json'))} });\nrequire(${JSON.stringify(workerFile)});`
    : `require(${JSON.stringify(workerFile)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: job });
    worker.once('message', (result: FoldResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`Cross-validation worker for fold ${job.fold} exited with code ${code}`));
      }
    });
  });
}
