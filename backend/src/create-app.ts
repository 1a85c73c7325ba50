import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import { raw } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { STRIPE_WEBHOOK_PATH } from './modules/payments/stripe-webhook.controller';
import { AppConfig } from './platform/config/app-config';
import { JwtSecret } from './platform/config/jwt-secret';
import { MetricsService } from './platform/health/metrics.service';
import { mountStaticAssets } from './platform/web/static-assets';
import { TRUSTED_PROXIES } from './platform/web/trusted-proxies';
import { DemoSeedService } from './seed/demo-seed.service';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  schemaFile?: string | true;
  /** Folder with the built admin and widget. */
  distDir?: string;
  bufferLogs?: boolean;
}

/** Builds the whole HTTP + GraphQL + WebSocket server (without listening), for main and for tests. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const { config } = options;
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, jwtSecret: JwtSecret.resolve(config), databaseUrl: options.databaseUrl, schemaFile: options.schemaFile ?? true }),
    { bufferLogs: options.bufferLogs ?? true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', TRUSTED_PROXIES);
  app.disable('x-powered-by');
  // The widget runs on stores' own sites and calls the API from there. Bearer tokens, never cookies,
  // authorise those calls, so any site may ask, without credentials; which sites may start a chat is
  // each widget key's list of allowed origins. Browsers keep a preflight answer for two hours, so a
  // visitor's messages don't each wait for one.
  app.use('/graphql', cors({ origin: '*', methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'], maxAge: 7200 }));
  // Stripe signs the exact bytes it sends: that route keeps the raw body (the JSON parser then skips it).
  app.use(STRIPE_WEBHOOK_PATH, raw({ type: () => true, limit: '512kb' }));
  // GraphQL bodies are small; a large one is an attack or a bug (413 before parsing).
  app.useBodyParser('json', { limit: '100kb' });
  app.use(cookieParser());
  app.use(securityHeaders);
  const metrics = app.get(MetricsService);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    // originalUrl: mounted routers (Apollo's) rewrite req.path.
    res.on('finish', () => end({ route: routeLabel(req.originalUrl.split('?')[0]), status: String(res.statusCode) }));
    next();
  });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true, forbidUnknownValues: false }));
  if (config.SERVE_STATIC) {
    const seeds = app.get(DemoSeedService);
    mountStaticAssets(app.getHttpAdapter().getInstance(), {
      distDir: options.distDir ?? resolve(process.cwd(), 'dist'),
      demoKey: () => seeds.demo?.publicKey,
    });
  }
  return app;
}

function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  next();
}

function routeLabel(path: string): string {
  if (path.startsWith('/graphql')) return '/graphql';
  if (path.startsWith('/admin')) return '/admin';
  if (path.startsWith('/widget')) return '/widget';
  return ['/', '/health', '/metrics'].includes(path) ? path : 'other';
}
