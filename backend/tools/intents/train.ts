/**
 * Rebuilds the shipped intent model: cross-validates to fit the softmax
 * temperature and report honest accuracy, then trains on everything and writes
 * src/modules/assistant/nlu/intent-model.json. Deterministic: same data, same file.
 *
 *   npx ts-node --transpile-only backend/tools/intents/train.ts [--bitext <csv>] [--folds 5] [--workers 2] [--out <json>]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IntentModelCodec } from '../../src/modules/assistant/nlu/intent-model-codec';
import { ALL_INTENTS } from '../../src/modules/assistant/nlu/intent-names';
import { crossValidatedProbabilities } from './cross-validation';
import { confusionReport, metricsText, summarize, type ScoredUtterance } from './intent-evaluation';
import { DEFAULT_TRAINING_OPTIONS, IntentModelTrainer } from './intent-model-trainer';
import { expectedCalibrationError, fitTemperature, withTemperature } from './temperature-fit';
import { ATTRIBUTION, loadTrainingCorpus, MODEL_PATH } from './training-corpus';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bitext: { type: 'string' },
      folds: { type: 'string', default: '5' },
      workers: { type: 'string', default: '2' },
      out: { type: 'string', default: MODEL_PATH },
    },
  });
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  const corpus = loadTrainingCorpus(values.bitext);
  const intents = [...ALL_INTENTS];
  const unknown = [...new Set([...corpus.labelled, ...corpus.generated].map((row) => row.intent))].filter(
    (intent) => !intents.includes(intent as (typeof intents)[number]),
  );
  if (unknown.length > 0) {
    throw new Error(`Training data has intents the model does not know: ${unknown.join(', ')}`);
  }
  const options = DEFAULT_TRAINING_OPTIONS;
  const folds = Number(values.folds);
  console.log(
    `Training on ${corpus.labelled.length} utterances + ${corpus.generated.length} from templates, ${intents.length} intents` +
      (folds > 1 ? `; ${folds}-fold cross-validation first` : ''),
  );

  // The folds run in worker threads while this thread trains the final model.
  const crossValidation =
    folds > 1
      ? crossValidatedProbabilities(corpus.labelled, intents, options, {
          k: folds,
          alwaysInTraining: corpus.generated,
          workers: Math.max(1, Number(values.workers)),
          onFold: (fold) => console.log(`  fold ${fold + 1}/${folds} done (${elapsed()})`),
        })
      : Promise.resolve(undefined);
  const model = new IntentModelTrainer(options).train([...corpus.labelled, ...corpus.generated], intents);
  console.log(`  final model trained (${elapsed()})`);

  const probabilities = await crossValidation;
  if (probabilities) {
    const labels = corpus.labelled.map((row) => intents.indexOf(row.intent as (typeof intents)[number]));
    model.temperature = fitTemperature(probabilities, labels);
    const calibrated = probabilities.map((row) => withTemperature(row, model.temperature));
    const scored: Array<ScoredUtterance & { source: string; confidence: number }> = calibrated.map((row, index) => {
      const best = row.indexOf(Math.max(...row));
      return {
        expected: corpus.labelled[index].intent,
        predicted: intents[best],
        tags: corpus.labelled[index].tags,
        source: corpus.labelled[index].source,
        confidence: row[best],
      };
    });
    console.log(`Cross-validated (${folds}-fold):`);
    for (const source of ['bitext', 'shopping']) {
      console.log(`  ${source.padEnd(8)} ${metricsText(summarize(scored.filter((row) => row.source === source)))}`);
    }
    const confident = scored.filter((row) => row.confidence >= 0.5);
    console.log(
      `  temperature ${model.temperature.toFixed(3)}, calibration error ${expectedCalibrationError(calibrated, labels).toFixed(4)}; ` +
        `confidence >= 0.5 on ${((confident.length / scored.length) * 100).toFixed(1)}% of messages, ` +
        `${((confident.filter((row) => row.expected === row.predicted).length / Math.max(1, confident.length)) * 100).toFixed(2)}% of those right`,
    );
    for (const line of confusionReport(scored)) {
      console.log(`  ${line}`);
    }
  }

  const json = `${JSON.stringify(IntentModelCodec.encode(model, ATTRIBUTION))}\n`;
  writeFileSync(values.out, json);
  console.log(`Wrote ${values.out}: ${(json.length / 1024).toFixed(0)} KB, ${model.buckets.length} features (${elapsed()})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
