import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MIGRATIONS } from './migrations';
import { TenantDataService } from './tenant-data.service';

export interface DatabaseOptions {
  url: string;
  /** Migrations run at boot unless the caller already ran them. */
  migrationsRun?: boolean;
  poolSize?: number;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          autoLoadEntities: true,
          synchronize: false,
          // gen_random_uuid() is built into PostgreSQL 13+; no uuid-ossp needed.
          uuidExtension: 'pgcrypto',
          migrations: MIGRATIONS,
          migrationsRun: options.migrationsRun ?? true,
          migrationsTransactionMode: 'each',
          extra: { max: options.poolSize ?? 20, connectionTimeoutMillis: 10_000 },
          // Query errors surface as exceptions and are logged where they are handled.
          logging: ['migration'],
        }),
      ],
      providers: [TenantDataService],
      exports: [TenantDataService],
    };
  }
}
