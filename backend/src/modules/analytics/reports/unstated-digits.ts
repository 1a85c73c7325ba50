import { ReportFigure } from './report-figure';

/**
 * The digits of `text` that no stated figure explains: every name taken from the data (a search term,
 * a product) is cut out, then every figure's display where it stands as a whole number (so "457" is
 * not explained by the figures 4, 5 and 7, nor "12%" by the count 12). Empty means the text states no number that is not in the
 * computed data.
 */
export function unstatedDigits(text: string, figures: readonly ReportFigure[], names: readonly string[]): string {
  let rest = text;
  for (const name of [...names].filter((n) => /\d/.test(n)).sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  const displays = [...new Set(figures.map((f) => f.display))].filter((d) => /\d/.test(d)).sort((a, b) => b.length - a.length);
  for (const display of displays) {
    rest = rest.replace(new RegExp(`(?<![\\d.,])${escapeRegExp(display)}(?![\\d%]|[.,]\\d)`, 'g'), ' ');
  }
  return rest.replace(/[^0-9]/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
