/** Value of a smooth function at `point`; writes its gradient into `gradient`. */
export type DifferentiableFunction = (point: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Number of correction pairs remembered. */
  memory: number;
  maxIterations: number;
  /** Stop when the relative decrease of the value over one iteration falls below this. */
  relativeTolerance: number;
}

export interface LbfgsResult {
  point: Float64Array;
  value: number;
  iterations: number;
}

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. The training
 * objective is smooth and convex, so this converges to the same optimum from
 * the same start every time: training is deterministic without any seed.
 */
export function minimizeLbfgs(
  fn: DifferentiableFunction,
  start: Float64Array,
  options: LbfgsOptions,
): LbfgsResult {
  const size = start.length;
  let point = Float64Array.from(start);
  let gradient = new Float64Array(size);
  let value = fn(point, gradient);
  let candidate = new Float64Array(size);
  let candidateGradient = new Float64Array(size);
  const direction = new Float64Array(size);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const alphas = new Float64Array(options.memory);
  let iteration = 0;

  for (; iteration < options.maxIterations; iteration++) {
    computeDirection(gradient, steps, gradientChanges, rhos, alphas, direction);
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      // The curvature pairs went stale: restart from steepest descent.
      steps.length = 0;
      gradientChanges.length = 0;
      rhos.length = 0;
      const norm = Math.sqrt(dot(gradient, gradient)) || 1;
      scaleInto(gradient, -1 / norm, direction);
      slope = dot(direction, gradient);
    }
    let stepSize = 1;
    let candidateValue = Infinity;
    for (let attempt = 0; attempt < 40; attempt++) {
      addScaledInto(point, stepSize, direction, candidate);
      candidateValue = fn(candidate, candidateGradient);
      if (candidateValue <= value + 1e-4 * stepSize * slope) {
        break;
      }
      stepSize *= 0.5;
    }
    if (!(candidateValue < value)) {
      break;
    }
    const step = steps.length === options.memory ? (steps.shift() as Float64Array) : new Float64Array(size);
    const change =
      gradientChanges.length === options.memory ? (gradientChanges.shift() as Float64Array) : new Float64Array(size);
    if (rhos.length === options.memory) {
      rhos.shift();
    }
    addScaledInto(candidate, -1, point, step);
    addScaledInto(candidateGradient, -1, gradient, change);
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      steps.push(step);
      gradientChanges.push(change);
      rhos.push(1 / curvature);
    }
    const decrease = (value - candidateValue) / Math.max(Math.abs(value), Math.abs(candidateValue), 1);
    [point, candidate] = [candidate, point];
    [gradient, candidateGradient] = [candidateGradient, gradient];
    value = candidateValue;
    if (decrease < options.relativeTolerance) {
      iteration++;
      break;
    }
  }
  return { point, value, iterations: iteration };
}

function computeDirection(
  gradient: Float64Array,
  steps: Float64Array[],
  changes: Float64Array[],
  rhos: number[],
  alphas: Float64Array,
  direction: Float64Array,
): void {
  direction.set(gradient);
  for (let k = steps.length - 1; k >= 0; k--) {
    alphas[k] = rhos[k] * dot(steps[k], direction);
    axpy(-alphas[k], changes[k], direction);
  }
  const last = steps.length - 1;
  const scale =
    last >= 0
      ? dot(steps[last], changes[last]) / dot(changes[last], changes[last])
      : 1 / (Math.sqrt(dot(gradient, gradient)) || 1);
  scaleInto(direction, scale, direction);
  for (let k = 0; k < steps.length; k++) {
    const beta = rhos[k] * dot(changes[k], direction);
    axpy(alphas[k] - beta, steps[k], direction);
  }
  scaleInto(direction, -1, direction);
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    sum += a[i] * b[i];
  }
  return sum;
}

function scaleInto(x: Float64Array, factor: number, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    out[i] = factor * x[i];
  }
}

function addScaledInto(x: Float64Array, factor: number, y: Float64Array, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    out[i] = x[i] + factor * y[i];
  }
}

function axpy(factor: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) {
    y[i] += factor * x[i];
  }
}
