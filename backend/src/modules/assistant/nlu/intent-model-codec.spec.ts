import { IntentClassifier } from './intent-classifier';
import { IntentModelCodec } from './intent-model-codec';
import type { IntentModelWeights } from './intent-model-weights';

const model: IntentModelWeights = {
  intents: ['greeting', 'thanks'],
  features: { hashBits: 10, wordNgramMax: 1, charNgramMin: 3, charNgramMax: 3, charNgramsAcrossWords: false, sublinearTf: true, wordBlockWeight: 1 },
  buckets: Uint32Array.from([3, 17, 400, 1000]),
  idf: Float32Array.from([1, 1.5, 2.25, 3.125]),
  weights: Float32Array.from([0.5, -0.5, 1.25, -2, 0, 0.001, -3.5, 3.5]),
  bias: Float32Array.from([0.1, -0.1]),
  temperature: 0.5,
};

describe('IntentModelCodec', () => {
  it('round-trips a model through JSON within int8 precision', () => {
    const decoded = IntentModelCodec.decode(JSON.parse(JSON.stringify(IntentModelCodec.encode(model, 'test data'))));
    expect(Array.from(decoded.buckets)).toEqual([3, 17, 400, 1000]);
    expect(decoded.intents).toEqual(['greeting', 'thanks']);
    expect(decoded.temperature).toBe(0.5);
    decoded.weights.forEach((weight, i) => {
      const rowLargest = Math.max(Math.abs(model.weights[i - (i % 2)]), Math.abs(model.weights[i - (i % 2) + 1]));
      expect(Math.abs(weight - model.weights[i])).toBeLessThanOrEqual(rowLargest / 254 + 1e-6);
    });
    decoded.idf.forEach((idf, i) => expect(idf).toBeCloseTo(model.idf[i], 1));
  });

  it('rejects a file of another format or with arrays that disagree', () => {
    const data = IntentModelCodec.encode(model, '');
    expect(() => IntentModelCodec.decode({ ...data, version: 2 as 1 })).toThrow(/Unsupported/);
    expect(() => IntentModelCodec.decode({ ...data, idf: Buffer.from([1]).toString('base64') })).toThrow(/Corrupt/);
  });

  it('refuses a model that predicts an intent the assistant does not know', () => {
    expect(() => IntentClassifier.fromData(IntentModelCodec.encode({ ...model, intents: ['greeting', 'sing_a_song'] }, ''))).toThrow(
      /sing_a_song/,
    );
  });
});
