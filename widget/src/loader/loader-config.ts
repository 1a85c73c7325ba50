export interface LoaderConfig {
  publicKey: string;
  /** Origin (or base URL) of the Shopdesk API; `/graphql` is appended to it. */
  apiBase: string;
  /** Where the widget's other files live: the loader's own folder. */
  assetBase: string;
  locale: string | null;
}

/**
 * Reads the store's `<script src=".../widget/widget.js" data-key="pk_…" [data-api] [data-locale]>` tag.
 * Returns null (and the widget stays off) when the key is missing.
 */
export function readLoaderConfig(script: HTMLScriptElement, pageUrl: string): LoaderConfig | null {
  const publicKey = script.dataset.key?.trim();
  if (!publicKey) return null;
  const src = new URL(script.getAttribute('src') ?? '', pageUrl);
  const api = script.dataset.api?.trim();
  return {
    publicKey,
    apiBase: api ? new URL(api, pageUrl).href.replace(/\/+$/, '') : src.origin,
    assetBase: new URL('./', src).href,
    locale: script.dataset.locale?.trim() || null,
  };
}

/** The loader's own tag: `currentScript` while it runs, else the first tag that looks like it. */
export function findLoaderScript(doc: Document): HTMLScriptElement | null {
  const current = doc.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.key !== undefined) return current;
  return doc.querySelector<HTMLScriptElement>('script[data-key][src*="widget.js"]');
}
