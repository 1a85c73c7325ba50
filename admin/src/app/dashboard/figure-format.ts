/** How the dashboard words its figures; "–" where there is nothing to measure yet. */
export const NO_VALUE = '–';

export function formatPercent(rate: number | null): string {
  return rate === null ? NO_VALUE : `${Math.round(rate * 100)}%`;
}

export function formatDuration(ms: number | null): string {
  if (ms === null) return NO_VALUE;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

export function formatMoney(minor: number | null): string {
  return minor === null ? NO_VALUE : (minor / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A rating or score with a fixed number of decimals, e.g. "4.3" or "-0.25". */
export function formatDecimal(n: number | null, digits = 1): string {
  return n === null ? NO_VALUE : n.toFixed(digits);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en');
}

/**
 * The change from the period before, e.g. "+25%"; null when there is nothing to compare with.
 * For rates the change is in percentage points ("+5 pts"), which is what people mean by it.
 */
export function formatChange(current: number | null, previous: number | null, kind: 'count' | 'rate'): string | null {
  if (current === null || previous === null) return null;
  if (kind === 'rate') {
    const points = Math.round((current - previous) * 100);
    return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pts`;
  }
  if (previous === 0) return null;
  const pct = Math.round(((current - previous) / previous) * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;
}

/** A period's short label for a chart axis: "5 Jan", or "Jan 2026" for months. */
export function periodLabel(from: string, monthly: boolean): string {
  const [y, m, d] = from.split('-').map(Number);
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return monthly ? `${month} ${y}` : `${d} ${month}`;
}

/** "order_status" → "Order status". */
export function intentLabel(intent: string): string {
  const words = intent.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
