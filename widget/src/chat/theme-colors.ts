export const DEFAULT_PRIMARY_COLOR = '#4f46e5';

export interface ThemeColors {
  primary: string;
  /** Text and icon colour readable on top of `primary`. */
  onPrimary: string;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * The store's colour, if it is a plain hex colour (anything else could smuggle extra declarations
 * into the style attribute), with black or white text, whichever contrasts more.
 */
export function themeColors(primaryColor: string | null | undefined): ThemeColors {
  const primary = primaryColor && HEX_COLOR.test(primaryColor.trim()) ? primaryColor.trim() : DEFAULT_PRIMARY_COLOR;
  const hex = primary.length === 4 ? [...primary.slice(1)].map((c) => c + c).join('') : primary.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05; pick the larger.
  const onPrimary = 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#111827';
  return { primary, onPrimary };
}
