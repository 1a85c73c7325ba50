/**
 * Finds the softmax temperature that minimizes the negative log-likelihood of
 * held-out predictions. Regularized logistic regression is under-confident on
 * many classes; dividing the logits by T < 1 fixes that without changing the ranking.
 * `probabilities` must come from the model at temperature 1.
 */
export function fitTemperature(probabilities: readonly Float64Array[], labels: readonly number[]): number {
  const logProbabilities = probabilities.map((row) => Array.from(row, (p) => Math.log(Math.max(p, 1e-300))));
  const loss = (logTemperature: number): number => {
    const temperature = Math.exp(logTemperature);
    let total = 0;
    logProbabilities.forEach((row, index) => {
      total += negativeLogLikelihood(row, labels[index], temperature);
    });
    return total / Math.max(1, logProbabilities.length);
  };
  return Math.exp(goldenSectionMinimum(loss, Math.log(0.05), Math.log(5)));
}

function negativeLogLikelihood(logRow: number[], label: number, temperature: number): number {
  let largest = -Infinity;
  for (const value of logRow) {
    largest = Math.max(largest, value / temperature);
  }
  let sum = 0;
  for (const value of logRow) {
    sum += Math.exp(value / temperature - largest);
  }
  return -(logRow[label] / temperature - largest - Math.log(sum));
}

function goldenSectionMinimum(fn: (x: number) => number, low: number, high: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = high - ratio * (high - low);
  let b = low + ratio * (high - low);
  let fa = fn(a);
  let fb = fn(b);
  for (let i = 0; i < 50; i++) {
    if (fa < fb) {
      high = b;
      b = a;
      fb = fa;
      a = high - ratio * (high - low);
      fa = fn(a);
    } else {
      low = a;
      a = b;
      fa = fb;
      b = low + ratio * (high - low);
      fb = fn(b);
    }
  }
  return (low + high) / 2;
}

/** Rescales temperature-1 probabilities to a temperature: softmax(logits / T) ∝ p^(1/T). */
export function withTemperature(probabilities: Float64Array, temperature: number): Float64Array {
  const scaled = probabilities.map((p) => Math.pow(Math.max(p, 1e-300), 1 / temperature));
  const sum = scaled.reduce((total, value) => total + value, 0);
  return scaled.map((value) => value / sum);
}

/** Expected calibration error over ten equal-width confidence bins. */
export function expectedCalibrationError(probabilities: readonly Float64Array[], labels: readonly number[]): number {
  const bins = Array.from({ length: 10 }, () => ({ confidence: 0, correct: 0 }));
  probabilities.forEach((row, index) => {
    let best = 0;
    for (let c = 1; c < row.length; c++) {
      if (row[c] > row[best]) {
        best = c;
      }
    }
    const bin = bins[Math.min(9, Math.floor(row[best] * 10))];
    bin.confidence += row[best];
    bin.correct += best === labels[index] ? 1 : 0;
  });
  return bins.reduce((total, bin) => total + Math.abs(bin.confidence - bin.correct), 0) / Math.max(1, probabilities.length);
}
