import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { AssistantModule } from './modules/assistant/assistant.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { ConversationsModule } from './modules/conversations/conversations.module';
import { IdentityModule } from './modules/identity/identity.module';
import { InventoryModule } from './modules/inventory/inventory.module';
import { OrdersModule } from './modules/orders/orders.module';
import { TenancyModule } from './modules/tenancy/tenancy.module';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { JwtSecret } from './platform/config/jwt-secret';
import { AccessGuard } from './platform/context/access.guard';
import { AuthenticatorPort } from './platform/context/authenticator.port';
import { DatabaseModule } from './platform/database/database.module';
import { EventsModule } from './platform/events/events.module';
import { graphqlOptions } from './platform/graphql/graphql-options';
import { HealthModule } from './platform/health/health.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { LoggingModule } from './platform/logging/logging.module';
import { PubSubModule } from './platform/pubsub/pubsub.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { SeedModule } from './seed/seed.module';

export interface AppModuleOptions {
  config: AppConfig;
  jwtSecret: JwtSecret;
  databaseUrl: string;
  /** File to print the schema to, or `true` to keep it in memory. */
  schemaFile: string | true;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, options.jwtSecret),
        LoggingModule.forRoot(config),
        DatabaseModule.forRoot({ url: options.databaseUrl }),
        EventsModule,
        PubSubModule.forRoot(config.REDIS_URL, config.REDIS_PREFIX),
        JobsModule.forRoot(config.REDIS_URL, config.REDIS_PREFIX),
        RateLimitModule.forRoot(config.REDIS_URL, config.REDIS_PREFIX),
        HealthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AuthenticatorPort],
          useFactory: (authenticator: AuthenticatorPort) => graphqlOptions({ config, authenticator, schemaFile: options.schemaFile }),
        }),
        IdentityModule,
        TenancyModule,
        CatalogModule,
        InventoryModule,
        OrdersModule,
        ConversationsModule,
        AssistantModule,
        AnalyticsModule,
        SeedModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
