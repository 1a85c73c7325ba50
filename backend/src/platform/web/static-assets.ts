import express, { Express, NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface StaticAssetsOptions {
  distDir: string;
  /** The demo store's widget key, injected into the demo storefront page; none = no demo page. */
  demoKey: () => string | undefined;
}

/**
 * Serves the built admin (SPA under /admin), the widget bundle (/widget, cross-origin by design:
 * stores embed it) and the demo storefront page at /.
 */
export function mountStaticAssets(app: Express, { distDir, demoKey }: StaticAssetsOptions): void {
  const root = resolve(distDir);
  const adminDir = join(root, 'admin', 'browser');
  const widgetDir = join(root, 'widget');

  app.use(
    '/widget',
    express.static(widgetDir, {
      index: false,
      maxAge: '5m',
      setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*'),
    }),
  );

  // The admin must never be framed by another site (clickjacking); the widget and demo page may be.
  app.use('/admin', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    next();
  });
  app.use('/admin', express.static(adminDir, { index: false, maxAge: '1h' }));
  app.get(/^\/admin(\/.*)?$/, (req: Request, res: Response, next: NextFunction) => {
    const index = join(adminDir, 'index.html');
    if (!existsSync(index)) return next();
    // index.html must never be cached: it names the hashed bundles of the current build.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });

  app.get('/', (_req: Request, res: Response) => {
    const page = join(widgetDir, 'demo', 'index.html');
    const key = demoKey();
    if (!key || !existsSync(page)) {
      res.type('html').send('<!doctype html><title>Shopdesk</title><p>Shopdesk is running. <a href="/admin/">Open the admin</a>.</p>');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(readFileSync(page, 'utf8').replaceAll('__SHOPDESK_DEMO_KEY__', key));
  });
}
