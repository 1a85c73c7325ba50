import { findLoaderScript, readLoaderConfig } from './loader-config';
import { createShopdeskApi, type ShopdeskApi } from './shopdesk-api';

/** File name of the element's module, content-hashed; set by the build. */
declare const SHOPDESK_CHAT_ENTRY: string;

declare global {
  interface Window {
    Shopdesk?: ShopdeskApi;
  }
}

function whenBodyReady(run: () => void): void {
  if (document.body) run();
  else window.addEventListener('DOMContentLoaded', run, { once: true });
}

function boot(): void {
  // Pasted twice, or loaded by a tag manager after the page's own copy: one widget is enough.
  if (window.Shopdesk) return;
  const script = findLoaderScript(document);
  const config = script && readLoaderConfig(script, location.href);
  if (!config) {
    console.warn('[shopdesk] The chat needs its store key: <script src=".../widget/widget.js" data-key="pk_…">');
    return;
  }
  const chat = document.createElement('shopdesk-chat');
  chat.setAttribute('public-key', config.publicKey);
  chat.setAttribute('api-base', config.apiBase);
  if (config.locale) chat.setAttribute('lang', config.locale);
  window.Shopdesk = createShopdeskApi(chat);
  whenBodyReady(() => document.body.append(chat));
  import(new URL(SHOPDESK_CHAT_ENTRY, config.assetBase).href).catch((error: unknown) => {
    console.error('[shopdesk] The chat could not load.', error);
  });
}

boot();
