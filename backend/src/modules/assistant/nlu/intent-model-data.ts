import type { FeatureSettings } from './feature-hashing';

/**
 * The shipped intent model as stored in JSON. Large arrays are base64 so the
 * file stays small and parses in a few milliseconds.
 */
export interface IntentModelData {
  format: 'shopdesk-intent-model';
  version: 1;
  /** Where the training data came from and under which licence. */
  attribution: string;
  intents: string[];
  features: FeatureSettings;
  /** Hash buckets that carry weights, ascending, as base64 of little-endian uint32 deltas from the previous bucket. */
  buckets: string;
  /** Inverse document frequency per bucket, base64 of uint8, value = byte / idfScale. */
  idf: string;
  idfScale: number;
  /** Weights, one row of `intents.length` per bucket, base64 of int8; row value = byte * rowScale. */
  weights: string;
  /** Per-row scale, base64 of little-endian float32. */
  rowScales: string;
  bias: number[];
  /** Softmax temperature fitted on cross-validated predictions so confidences mean what they say. */
  temperature: number;
}
