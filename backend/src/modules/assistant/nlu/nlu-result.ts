import type { Entity } from './entity';
import type { IntentPrediction } from './intent-prediction';

/** Everything the assistant learns from one message. */
export interface NluResult extends IntentPrediction {
  entities: Entity[];
}
