import type { CatalogVocabulary } from './catalog-vocabulary';
import { EntityExtractor } from './entity-extractor';
import type { IntentClassifier } from './intent-classifier';
import type { NluResult } from './nlu-result';
import { shippedIntentClassifier } from './shipped-intent-classifier';

/**
 * Intent and entities of a shopper's message, with no network and no LLM. The
 * confidence is returned as is: below whatever threshold it picks, the caller
 * asks a clarifying question.
 */
export class Nlu {
  constructor(
    private readonly classifier: IntentClassifier = shippedIntentClassifier(),
    private readonly extractor: EntityExtractor = new EntityExtractor(),
  ) {}

  analyse(text: string, catalogVocabulary?: CatalogVocabulary): NluResult {
    return { ...this.classifier.classify(text), entities: this.extractor.extract(text, catalogVocabulary) };
  }
}
