import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyResolver } from './tenancy.resolver';
import { Tenant } from './tenant.entity';
import { TenantService } from './tenant.service';
import { TenantTimeZones } from './tenant-time-zones';
import { WidgetKey } from './widget-key.entity';
import { WidgetKeyService } from './widget-key.service';

@Module({
  imports: [TypeOrmModule.forFeature([Tenant, WidgetKey])],
  providers: [TenantService, TenantTimeZones, WidgetKeyService, TenancyResolver],
  exports: [TenantService, TenantTimeZones, WidgetKeyService],
})
export class TenancyModule {}
