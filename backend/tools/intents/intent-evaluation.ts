/** One scored utterance. */
export interface ScoredUtterance {
  expected: string;
  predicted: string;
  tags: string;
  utterance?: string;
}

export interface AccuracySummary {
  n: number;
  accuracy: number;
  typoAccuracy: number;
  colloquialAccuracy: number;
}

export function summarize(scored: readonly ScoredUtterance[]): AccuracySummary {
  const accuracyOf = (rows: readonly ScoredUtterance[]): number =>
    rows.length === 0 ? NaN : rows.filter((row) => row.expected === row.predicted).length / rows.length;
  return {
    n: scored.length,
    accuracy: accuracyOf(scored),
    typoAccuracy: accuracyOf(scored.filter((row) => row.tags.includes('Z'))),
    colloquialAccuracy: accuracyOf(scored.filter((row) => row.tags.includes('Q'))),
  };
}

/** "n=… accuracy=… typo_accuracy=… colloquial_accuracy=…" */
export function metricsText(summary: AccuracySummary): string {
  const format = (value: number): string => (Number.isNaN(value) ? 'nan' : value.toFixed(4));
  return (
    `n=${summary.n} accuracy=${format(summary.accuracy)} ` +
    `typo_accuracy=${format(summary.typoAccuracy)} colloquial_accuracy=${format(summary.colloquialAccuracy)}`
  );
}

/** The closing line the eval tooling reads; printed once, last. */
export function resultLine(summary: AccuracySummary): string {
  return `eval=intents ${metricsText(summary)}`;
}

/** Most confused pairs and the intents below the accuracy bar, as printable lines. */
export function confusionReport(scored: readonly ScoredUtterance[], { pairs = 10, bar = 0.98 } = {}): string[] {
  const lines: string[] = [];
  const confusions = new Map<string, number>();
  const perIntent = new Map<string, { total: number; correct: number }>();
  for (const { expected, predicted } of scored) {
    const counts = perIntent.get(expected) ?? { total: 0, correct: 0 };
    counts.total++;
    if (expected === predicted) {
      counts.correct++;
    } else {
      const pair = `${expected} -> ${predicted}`;
      confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
    }
    perIntent.set(expected, counts);
  }
  const worst = [...confusions.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, pairs);
  lines.push(worst.length > 0 ? 'Most confused (expected -> predicted):' : 'No confusions.');
  for (const [pair, count] of worst) {
    lines.push(`  ${String(count).padStart(4)}  ${pair}`);
  }
  const weak = [...perIntent.entries()]
    .map(([intent, { total, correct }]) => ({ intent, total, accuracy: correct / total }))
    .filter((row) => row.accuracy < bar)
    .sort((a, b) => a.accuracy - b.accuracy);
  lines.push(weak.length > 0 ? `Intents below ${(bar * 100).toFixed(0)}%:` : `Every intent at or above ${(bar * 100).toFixed(0)}%.`);
  for (const { intent, total, accuracy } of weak) {
    lines.push(`  ${(accuracy * 100).toFixed(1).padStart(5)}%  ${intent} (n=${total})`);
  }
  return lines;
}
