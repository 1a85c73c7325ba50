import { hashFeatures } from './feature-hashing';
import { IntentModelCodec } from './intent-model-codec';
import type { IntentModelData } from './intent-model-data';
import type { IntentModelWeights } from './intent-model-weights';
import { isIntentName, type IntentName } from './intent-names';
import type { IntentPrediction, IntentScore } from './intent-prediction';
import { normalizeText } from './text-normalizer';
import { tfidfVector } from './tfidf-vector';

const ALTERNATIVES = 3;

/**
 * Multinomial logistic regression over hashed TF-IDF word and character
 * n-grams. It only scores: deciding what to do with a low confidence (ask a
 * clarifying question, hand over) is the caller's business.
 */
export class IntentClassifier {
  private readonly rowOfBucket: Int32Array;
  private readonly classes: number;
  private readonly intentNames: IntentName[];

  constructor(private readonly model: IntentModelWeights) {
    this.intentNames = model.intents.map((intent) => {
      if (!isIntentName(intent)) {
        throw new Error(`Intent model predicts unknown intent "${intent}"`);
      }
      return intent;
    });
    this.classes = model.intents.length;
    this.rowOfBucket = new Int32Array(1 << model.features.hashBits).fill(-1);
    model.buckets.forEach((bucket, row) => {
      this.rowOfBucket[bucket] = row;
    });
  }

  static fromData(data: IntentModelData): IntentClassifier {
    return new IntentClassifier(IntentModelCodec.decode(data));
  }

  get intents(): readonly IntentName[] {
    return this.intentNames;
  }

  classify(text: string): IntentPrediction {
    const probabilities = this.probabilities(text);
    const ranked: IntentScore[] = this.intentNames
      .map((intent, index) => ({ intent, confidence: probabilities[index] }))
      .sort((a, b) => b.confidence - a.confidence);
    const best = ranked[0];
    return { intent: best.intent, confidence: best.confidence, alternatives: ranked.slice(0, ALTERNATIVES) };
  }

  /** Probability of every intent, in the order of `intents`. */
  probabilities(text: string): Float64Array {
    const { idf, weights, bias, features } = this.model;
    const counts = hashFeatures(normalizeText(text), features);
    const vector = tfidfVector(counts, (bucket) => this.rowOfBucket[bucket], idf, features);
    const logits = Float64Array.from(bias);
    for (let i = 0; i < vector.rows.length; i++) {
      const value = vector.values[i];
      const offset = vector.rows[i] * this.classes;
      for (let c = 0; c < this.classes; c++) {
        logits[c] += value * weights[offset + c];
      }
    }
    return softmax(logits, this.model.temperature);
  }
}

function softmax(logits: Float64Array, temperature: number): Float64Array {
  let largest = -Infinity;
  for (const logit of logits) {
    largest = Math.max(largest, logit);
  }
  const result = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    result[i] = Math.exp((logits[i] - largest) / temperature);
    sum += result[i];
  }
  for (let i = 0; i < result.length; i++) {
    result[i] /= sum;
  }
  return result;
}
