import { Module } from '@nestjs/common';
import { CatalogModule } from '../modules/catalog/catalog.module';
import { IdentityModule } from '../modules/identity/identity.module';
import { TenancyModule } from '../modules/tenancy/tenancy.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [IdentityModule, TenancyModule, CatalogModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}
