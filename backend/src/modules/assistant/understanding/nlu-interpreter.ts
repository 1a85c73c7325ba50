import { Logger } from '@nestjs/common';
import type { Entity } from '../nlu/entity';
import { EntityExtractor } from '../nlu/entity-extractor';
import type { IntentClassifier } from '../nlu/intent-classifier';
import { KeywordInterpreter } from './keyword-interpreter';
import { MessageInterpreter, Understanding, UnderstoodEntity } from './understanding';

/**
 * The NLU behind the reply engine: the trained intent classifier and the entity extractor. Where
 * the classifier's model is not shipped in this build, intents come from the keyword rules and
 * entities still from the extractor.
 */
export class NluInterpreter extends MessageInterpreter {
  constructor(
    private readonly classifier: IntentClassifier | null,
    private readonly extractor: EntityExtractor = new EntityExtractor(),
    private readonly keywords: KeywordInterpreter = new KeywordInterpreter(),
  ) {
    super();
  }

  /** With the shipped model when it loads, else with keyword intents. */
  static create(): NluInterpreter {
    return new NluInterpreter(loadShippedClassifier());
  }

  async interpret(text: string, locale: string): Promise<Understanding> {
    const entities = toUnderstood(this.extractor.extract(text));
    if (!this.classifier) return { ...this.keywords.classify(text, entities), entities };
    const prediction = this.classifier.classify(text);
    // The classifier has no intent for a bare "here are my details" reply; slot filling needs one.
    if (prediction.intent === 'out_of_scope' && entities.some((e) => e.type === 'order_number' || e.type === 'email')) {
      return { intent: 'provide_details', confidence: prediction.confidence, entities };
    }
    void locale;
    return { intent: prediction.intent, confidence: prediction.confidence, entities };
  }
}

function loadShippedClassifier(): IntentClassifier | null {
  try {
    // Loaded lazily: the model file is generated at build time and may be absent in a partial build.
    const shipped = require('../nlu/shipped-intent-classifier') as { shippedIntentClassifier: () => IntentClassifier };
    return shipped.shippedIntentClassifier();
  } catch (error) {
    new Logger('Assistant').warn(`Intent model not available (${(error as Error).message.split('\n')[0]}); using keyword intents`);
    return null;
  }
}

/** Entities as the reply engine and the preview use them; a price range becomes min/max prices. */
export function toUnderstood(entities: Entity[]): UnderstoodEntity[] {
  const result: UnderstoodEntity[] = [];
  for (const entity of entities) {
    if (entity.type === 'price_range') {
      const { min, max, target } = entity.value;
      if (min !== undefined) result.push({ type: 'min_price', value: String(min) });
      if (max !== undefined) result.push({ type: 'max_price', value: String(max) });
      if (target !== undefined && min === undefined && max === undefined) result.push({ type: 'target_price', value: String(target) });
      if (entity.value.qualifier) result.push({ type: 'price_qualifier', value: entity.value.qualifier });
    } else {
      result.push({ type: entity.type, value: String(entity.value) });
    }
  }
  return result;
}
