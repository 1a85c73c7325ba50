/**
 * The tag a store pastes into its pages: the loader served under /widget by the same server as the
 * admin, and the public key in `data-key` (widget/src/loader/loader-config.ts reads it).
 */
export function installSnippet(serverOrigin: string, publicKey: string): string {
  return `<script src="${serverOrigin.replace(/\/+$/, '')}/widget/widget.js" data-key="${publicKey}" async></script>`;
}

/** `https://shop.example`, one per line or comma; an origin has no path. Returns the origins or the first bad entry. */
export function parseOrigins(text: string): { readonly origins: readonly string[] } | { readonly problem: string } {
  const origins = [...new Set(text.split(/[\s,]+/).map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean))];
  if (!origins.length) return { problem: 'Add at least one site, e.g. https://shop.example.com' };
  const bad = origins.find((o) => !ORIGIN_PATTERN.test(o));
  return bad ? { problem: `“${bad}” is not a site address like https://shop.example.com (no path)` } : { origins };
}

/** The same rule as the server's CreateWidgetKeyInput: scheme, host (optionally *.), optional port. */
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;
