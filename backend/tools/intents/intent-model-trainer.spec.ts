import { IntentClassifier } from '../../src/modules/assistant/nlu/intent-classifier';
import { IntentModelCodec } from '../../src/modules/assistant/nlu/intent-model-codec';
import { stratifiedFolds } from './cross-validation';
import { minimizeLbfgs } from './lbfgs-minimizer';
import { DEFAULT_TRAINING_OPTIONS, IntentModelTrainer } from './intent-model-trainer';

describe('minimizeLbfgs', () => {
  it('finds the minimum of a convex quadratic', () => {
    const target = [3, -1, 0.5];
    const result = minimizeLbfgs(
      (point, gradient) => {
        let value = 0;
        point.forEach((x, i) => {
          value += (i + 1) * (x - target[i]) ** 2;
          gradient[i] = 2 * (i + 1) * (x - target[i]);
        });
        return value;
      },
      new Float64Array(3),
      { memory: 4, maxIterations: 100, relativeTolerance: 1e-12 },
    );
    Array.from(result.point).forEach((x, i) => expect(x).toBeCloseTo(target[i], 4));
  });
});

describe('IntentModelTrainer', () => {
  const examples = [
    ...['hi', 'hello', 'hey there', 'good morning', 'hiya'].map((utterance) => ({ utterance, intent: 'greeting' })),
    ...['thanks', 'thank you', 'many thanks', 'thx a lot', 'cheers'].map((utterance) => ({ utterance, intent: 'thanks' })),
    ...['where is my order', 'track my order', 'order status', 'where is my parcel'].map((utterance) => ({
      utterance,
      intent: 'track_order',
    })),
  ];
  const options = { ...DEFAULT_TRAINING_OPTIONS, features: { ...DEFAULT_TRAINING_OPTIONS.features, hashBits: 16 } };

  it('learns to tell small intents apart, also with typos it never saw', () => {
    const model = new IntentModelTrainer(options).train(examples, ['greeting', 'thanks', 'track_order']);
    const classifier = IntentClassifier.fromData(IntentModelCodec.encode(model, ''));
    expect(classifier.classify('hello!').intent).toBe('greeting');
    expect(classifier.classify('thank you so much').intent).toBe('thanks');
    expect(classifier.classify('wher is my oder').intent).toBe('track_order');
  });

  it('produces the same model from the same data', () => {
    const first = IntentModelCodec.encode(new IntentModelTrainer(options).train(examples, ['greeting', 'thanks', 'track_order']), '');
    const second = IntentModelCodec.encode(new IntentModelTrainer(options).train(examples, ['greeting', 'thanks', 'track_order']), '');
    expect(second).toEqual(first);
  });
});

describe('stratifiedFolds', () => {
  it('spreads every intent evenly over the folds', () => {
    const intents = [...Array(10).fill('a'), ...Array(5).fill('b')];
    const folds = stratifiedFolds(intents, 5, 1);
    for (let fold = 0; fold < 5; fold++) {
      expect(intents.filter((intent, i) => intent === 'a' && folds[i] === fold)).toHaveLength(2);
      expect(intents.filter((intent, i) => intent === 'b' && folds[i] === fold)).toHaveLength(1);
    }
  });
});
