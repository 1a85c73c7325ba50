import type { IntentModelData } from './intent-model-data';
import type { IntentModelWeights } from './intent-model-weights';

/**
 * Converts between the in-memory model and its JSON form. Weights are stored as
 * int8 with a float scale per row: the loss of precision does not change a
 * prediction measurably and makes the file four times smaller.
 */
export class IntentModelCodec {
  static readonly IDF_SCALE = 16;

  static decode(data: IntentModelData): IntentModelWeights {
    if (data.format !== 'shopdesk-intent-model' || data.version !== 1) {
      throw new Error(`Unsupported intent model format ${String(data.format)} v${String(data.version)}`);
    }
    const classes = data.intents.length;
    const buckets = decodeVarintDeltas(Buffer.from(data.buckets, 'base64'));
    const idfBytes = Buffer.from(data.idf, 'base64');
    const weightBytes = Buffer.from(data.weights, 'base64');
    const scaleBytes = Buffer.from(data.rowScales, 'base64');
    const rows = buckets.length;
    if (idfBytes.length !== rows || weightBytes.length !== rows * classes || scaleBytes.length !== rows * 4) {
      throw new Error('Corrupt intent model: array lengths disagree');
    }
    const idf = new Float32Array(rows);
    const weights = new Float32Array(rows * classes);
    for (let row = 0; row < rows; row++) {
      idf[row] = idfBytes[row] / data.idfScale;
      const scale = scaleBytes.readFloatLE(row * 4);
      for (let c = 0; c < classes; c++) {
        weights[row * classes + c] = weightBytes.readInt8(row * classes + c) * scale;
      }
    }
    return {
      intents: [...data.intents],
      features: { ...data.features },
      buckets,
      idf,
      weights,
      bias: Float32Array.from(data.bias),
      temperature: data.temperature,
    };
  }

  static encode(model: IntentModelWeights, attribution: string): IntentModelData {
    const classes = model.intents.length;
    const rows = model.buckets.length;
    const idfBytes = Buffer.alloc(rows);
    const weightBytes = Buffer.alloc(rows * classes);
    const scaleBytes = Buffer.alloc(rows * 4);
    for (let row = 0; row < rows; row++) {
      idfBytes[row] = Math.max(0, Math.min(255, Math.round(model.idf[row] * IntentModelCodec.IDF_SCALE)));
      let largest = 0;
      for (let c = 0; c < classes; c++) {
        largest = Math.max(largest, Math.abs(model.weights[row * classes + c]));
      }
      const scale = largest > 0 ? largest / 127 : 1;
      scaleBytes.writeFloatLE(scale, row * 4);
      for (let c = 0; c < classes; c++) {
        weightBytes.writeInt8(Math.round(model.weights[row * classes + c] / scale), row * classes + c);
      }
    }
    return {
      format: 'shopdesk-intent-model',
      version: 1,
      attribution,
      intents: [...model.intents],
      features: { ...model.features },
      buckets: encodeVarintDeltas(model.buckets).toString('base64'),
      idf: idfBytes.toString('base64'),
      idfScale: IntentModelCodec.IDF_SCALE,
      weights: weightBytes.toString('base64'),
      rowScales: scaleBytes.toString('base64'),
      bias: Array.from(model.bias, (value) => Number(value.toFixed(6))),
      temperature: Number(model.temperature.toFixed(6)),
    };
  }
}

function encodeVarintDeltas(values: Uint32Array): Buffer {
  const bytes: number[] = [];
  let previous = 0;
  for (const value of values) {
    let delta = value - previous;
    previous = value;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return Buffer.from(bytes);
}

function decodeVarintDeltas(bytes: Buffer): Uint32Array {
  const values: number[] = [];
  let previous = 0;
  let delta = 0;
  let shift = 0;
  for (const byte of bytes) {
    delta |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
    } else {
      previous += delta;
      values.push(previous);
      delta = 0;
      shift = 0;
    }
  }
  return Uint32Array.from(values);
}
