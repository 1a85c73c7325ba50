import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { JwtSecret } from './jwt-secret';

/** Makes the validated AppConfig (and secrets derived from it) injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, jwtSecret: JwtSecret): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: JwtSecret, useValue: jwtSecret },
      ],
      exports: [AppConfig, JwtSecret],
    };
  }
}
