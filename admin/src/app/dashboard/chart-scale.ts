/** 1, 2 or 5 times a power of ten, at least `n`: grid lines at round numbers. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}
