import { IntentClassifier } from './intent-classifier';
import type { IntentModelData } from './intent-model-data';
import shippedModel from './intent-model.json';

let shared: IntentClassifier | undefined;

/** The classifier built from the model that ships with the backend, decoded once per process. */
export function shippedIntentClassifier(): IntentClassifier {
  shared ??= IntentClassifier.fromData(shippedModel as IntentModelData);
  return shared;
}
