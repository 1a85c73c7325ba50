/** A tool call's JSON arguments as short "name: value" pairs; text that is not a JSON object is shown as it is. */
export function argumentPairs(json: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json.trim() ? [json.trim()] : [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [JSON.stringify(parsed)];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}

/** A confidence or score from 0 to 1 as a whole percentage, clamped. */
export function percent(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100);
}
