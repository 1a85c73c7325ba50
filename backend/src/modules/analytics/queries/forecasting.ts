/** Smoothing factors of Holt's linear method: how fast the level and the trend follow new days. */
export const HOLT_ALPHA = 0.5;
export const HOLT_BETA = 0.2;

/**
 * Holt's linear (double exponential) smoothing over equally spaced values, oldest first. Returns the
 * forecast for the next `horizon` steps (never below zero: sales cannot be negative). The level
 * starts at the first value and the trend at the first difference.
 */
export function holtLinearForecast(values: readonly number[], horizon: number, alpha = HOLT_ALPHA, beta = HOLT_BETA): number[] {
  if (!values.length) return Array.from({ length: horizon }, () => 0);
  let level = values[0];
  let trend = values.length > 1 ? values[1] - values[0] : 0;
  for (const value of values.slice(1)) {
    const previousLevel = level;
    level = alpha * value + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
  }
  return Array.from({ length: horizon }, (_, h) => Math.max(0, level + (h + 1) * trend));
}

/**
 * Days until `available` units run out at `unitsPerDay` (a moving average of daily sales), or null
 * when nothing sells. Stock already gone runs out today (0).
 */
export function daysOfStockLeft(available: number, unitsPerDay: number): number | null {
  if (unitsPerDay <= 0) return null;
  if (available <= 0) return 0;
  return available / unitsPerDay;
}

/** Mean and (population) standard deviation. */
export function spreadOf(values: readonly number[]): { mean: number; deviation: number } {
  if (!values.length) return { mean: 0, deviation: 0 };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, deviation: Math.sqrt(variance) };
}
