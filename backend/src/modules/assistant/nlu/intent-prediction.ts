import type { IntentName } from './intent-names';

/** One candidate intent with its probability. */
export interface IntentScore {
  intent: IntentName;
  /** Probability in 0..1; the scores of all intents sum to 1. */
  confidence: number;
}

/** What the classifier thinks a message asks for. */
export interface IntentPrediction extends IntentScore {
  /** The best three intents, best first (the first one is the prediction itself). */
  alternatives: IntentScore[];
}
