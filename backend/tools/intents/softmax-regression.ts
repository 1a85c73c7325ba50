import { minimizeLbfgs } from './lbfgs-minimizer';

/** Training examples as a compressed sparse row matrix with integer labels. */
export interface SparseDataset {
  /** Row i spans entries rowStart[i] .. rowStart[i + 1] - 1. */
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  labels: Int32Array;
  /** How much each example counts in the loss; synthetic variants count less than real utterances. */
  exampleWeights: Float64Array;
  columnCount: number;
  classCount: number;
}

export interface SoftmaxRegressionOptions {
  /** L2 penalty on the weights (not on the biases). */
  l2: number;
  maxIterations: number;
  relativeTolerance: number;
  /** L-BFGS correction pairs; each costs two passes over all weights per iteration. */
  memory: number;
}

export interface SoftmaxRegressionModel {
  /** Row-major, columnCount × classCount. */
  weights: Float64Array;
  bias: Float64Array;
  iterations: number;
  loss: number;
}

/** Multinomial logistic regression: minimizes the weighted mean cross-entropy plus an L2 penalty. */
export function trainSoftmaxRegression(data: SparseDataset, options: SoftmaxRegressionOptions): SoftmaxRegressionModel {
  const { rowStart, columns, values, labels, exampleWeights, columnCount, classCount } = data;
  const weightCount = columnCount * classCount;
  const rowCount = labels.length;
  let totalWeight = 0;
  for (const weight of exampleWeights) {
    totalWeight += weight;
  }
  const logits = new Float64Array(classCount);

  const objective = (point: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    for (let row = 0; row < rowCount; row++) {
      logits.set(point.subarray(weightCount, weightCount + classCount));
      for (let entry = rowStart[row]; entry < rowStart[row + 1]; entry++) {
        const offset = columns[entry] * classCount;
        const value = values[entry];
        for (let c = 0; c < classCount; c++) {
          logits[c] += value * point[offset + c];
        }
      }
      let largest = -Infinity;
      for (let c = 0; c < classCount; c++) {
        largest = Math.max(largest, logits[c]);
      }
      let sum = 0;
      for (let c = 0; c < classCount; c++) {
        logits[c] = Math.exp(logits[c] - largest);
        sum += logits[c];
      }
      const scale = exampleWeights[row] / totalWeight;
      loss -= scale * Math.log(logits[labels[row]] / sum);
      // logits now hold the residual (probability - one-hot), scaled by the example's weight.
      for (let c = 0; c < classCount; c++) {
        logits[c] = (logits[c] / sum - (c === labels[row] ? 1 : 0)) * scale;
        gradient[weightCount + c] += logits[c];
      }
      for (let entry = rowStart[row]; entry < rowStart[row + 1]; entry++) {
        const offset = columns[entry] * classCount;
        const value = values[entry];
        for (let c = 0; c < classCount; c++) {
          gradient[offset + c] += value * logits[c];
        }
      }
    }
    let penalty = 0;
    for (let i = 0; i < weightCount; i++) {
      penalty += point[i] * point[i];
      gradient[i] += options.l2 * point[i];
    }
    return loss + 0.5 * options.l2 * penalty;
  };

  const result = minimizeLbfgs(objective, new Float64Array(weightCount + classCount), {
    memory: options.memory,
    maxIterations: options.maxIterations,
    relativeTolerance: options.relativeTolerance,
  });
  return {
    weights: result.point.slice(0, weightCount),
    bias: result.point.slice(weightCount),
    iterations: result.iterations,
    loss: result.value,
  };
}
