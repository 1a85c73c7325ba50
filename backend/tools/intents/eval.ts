/**
 * Measures the intent classifier.
 *
 *   eval.ts --file <csv> [--model <json>]   classify every utterance of a file in the bitext format
 *                                           (utterance,intent,category,tags) with the shipped model
 *   eval.ts --cv 5 [--bitext <csv>]         cross-validated estimate on the training data
 *   add --errors to list every misclassified utterance
 *
 * Prints the most confused pairs and the weak intents, and ends with one line:
 * eval=intents n=<n> accuracy=<x> typo_accuracy=<x> colloquial_accuracy=<x>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { IntentClassifier } from '../../src/modules/assistant/nlu/intent-classifier';
import type { IntentModelData } from '../../src/modules/assistant/nlu/intent-model-data';
import { ALL_INTENTS } from '../../src/modules/assistant/nlu/intent-names';
import { crossValidatedProbabilities } from './cross-validation';
import { readIntentCsv } from './intent-csv';
import { confusionReport, metricsText, resultLine, summarize, type ScoredUtterance } from './intent-evaluation';
import { DEFAULT_TRAINING_OPTIONS } from './intent-model-trainer';
import { loadTrainingCorpus, MODEL_PATH } from './training-corpus';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      model: { type: 'string', default: MODEL_PATH },
      cv: { type: 'string' },
      bitext: { type: 'string' },
      workers: { type: 'string', default: '2' },
      errors: { type: 'boolean', default: false },
    },
  });
  let scored: ScoredUtterance[];
  if (values.cv) {
    scored = await crossValidate(Number(values.cv), values.bitext, Number(values.workers));
  } else if (values.file) {
    scored = classifyFile(values.file, values.model);
  } else {
    throw new Error('Pass --file <csv> or --cv <k>');
  }
  if (values.errors) {
    for (const row of scored.filter((row) => row.expected !== row.predicted)) {
      console.log(`  ${row.expected} -> ${row.predicted} [${row.tags}] ${row.utterance}`);
    }
  }
  for (const line of confusionReport(scored)) {
    console.log(line);
  }
  console.log(resultLine(summarize(scored)));
}

function classifyFile(file: string, modelPath: string): ScoredUtterance[] {
  const classifier = IntentClassifier.fromData(JSON.parse(readFileSync(modelPath, 'utf8')) as IntentModelData);
  const rows = readIntentCsv(file);
  // Classification sees the utterances only; the labels are read afterwards, for scoring.
  const utterances = rows.map((row) => row.utterance);
  const started = performance.now();
  const predictions = utterances.map((utterance) => classifier.classify(utterance).intent);
  const perUtterance = (performance.now() - started) / Math.max(1, utterances.length);
  console.log(`Classified ${utterances.length} utterances in ${perUtterance.toFixed(3)} ms each`);
  return rows.map((row, index) => ({
    expected: row.intent,
    predicted: predictions[index],
    tags: row.tags,
    utterance: row.utterance,
  }));
}

async function crossValidate(k: number, bitext: string | undefined, workers: number): Promise<ScoredUtterance[]> {
  const corpus = loadTrainingCorpus(bitext);
  const intents = [...ALL_INTENTS];
  const probabilities = await crossValidatedProbabilities(corpus.labelled, intents, DEFAULT_TRAINING_OPTIONS, {
    k,
    alwaysInTraining: corpus.generated,
    workers,
    onFold: (fold) => console.log(`fold ${fold + 1}/${k} done`),
  });
  const scored = probabilities.map((row, index) => ({
    expected: corpus.labelled[index].intent,
    predicted: intents[row.indexOf(Math.max(...row))],
    tags: corpus.labelled[index].tags,
    utterance: corpus.labelled[index].utterance,
    source: corpus.labelled[index].source,
  }));
  for (const source of ['bitext', 'shopping']) {
    console.log(`${source}: ${metricsText(summarize(scored.filter((row) => row.source === source)))}`);
  }
  return scored;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
