import type { FeatureSettings } from './feature-hashing';

/** A linear intent model held in memory in the form inference needs. */
export interface IntentModelWeights {
  intents: string[];
  features: FeatureSettings;
  /** Ascending hash buckets that carry weights; row i of `weights` belongs to buckets[i]. */
  buckets: Uint32Array;
  idf: Float32Array;
  /** Row-major, buckets.length × intents.length. */
  weights: Float32Array;
  bias: Float32Array;
  temperature: number;
}
