import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from '../config/app-config';

/** Paths pino blanks out: credentials, cookies and personal data never reach the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
  '*.secret',
  '*.email',
  '*.identitySecret',
  'err.config.headers.Authorization',
];

@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
            // Keep an incoming X-Request-Id (from a proxy) when it looks sane, else make one.
            genReqId: (req: IncomingMessage) => {
              const header = req.headers['x-request-id'];
              return typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
            },
            customProps: () => ({ service: 'shopdesk' }),
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' || req.url === '/metrics' || (req.url ?? '').startsWith('/admin/') || (req.url ?? '').startsWith('/widget/') },
            serializers: {
              req: (req: { id: string; method: string; url: string; headers: Record<string, string> }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
            },
          },
        }),
      ],
    };
  }
}
