import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@shopdesk/shared';
import { Allow } from '../../platform/context/access.decorators';
import { Ctx } from '../../platform/context/ctx.decorator';
import { TenantContext } from '../../platform/context/tenant-context';
import { CatalogStructureService } from './catalog-structure.service';
import {
  BrandType,
  CatalogImportType,
  CategoryType,
  ImportCatalogInput,
  ProductIdsInput,
  SearchMissType,
  SearchSynonymType,
  SetSearchSynonymInput,
} from './dto/catalog-admin.types';
import { CatalogImportProgress } from './import/catalog-import-progress';
import { CatalogImportService } from './import/catalog-import.service';
import { ProductService } from './product.service';
import { SearchSettingsService } from './search/search-settings.service';

interface SubscriptionContext {
  extra?: { tenantContext?: TenantContext };
}

@Resolver()
export class CatalogAdminResolver {
  constructor(
    private readonly imports: CatalogImportService,
    private readonly structure: CatalogStructureService,
    private readonly products: ProductService,
    private readonly settings: SearchSettingsService,
  ) {}

  @Mutation(() => CatalogImportType, { description: 'Queues a CSV or JSON file; follow it with catalogImportProgress. Applied whole or not at all.' })
  @Allow(Permission.CATALOG_WRITE)
  importCatalog(@Ctx() ctx: TenantContext, @Args('input') input: ImportCatalogInput): Promise<CatalogImportType> {
    return this.imports.start(ctx, input);
  }

  @Query(() => CatalogImportType)
  @Allow(Permission.CATALOG_READ)
  catalogImport(@Ctx() ctx: TenantContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string): Promise<CatalogImportType> {
    return this.imports.get(ctx, id);
  }

  @Query(() => [CatalogImportType])
  @Allow(Permission.CATALOG_READ)
  catalogImports(@Ctx() ctx: TenantContext, @Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<CatalogImportType[]> {
    return this.imports.list(ctx, first);
  }

  @Subscription(() => CatalogImportType, {
    filter: (payload: CatalogImportProgress, _vars: unknown, context: SubscriptionContext) => {
      const ctx = context.extra?.tenantContext;
      return !!ctx?.hasTenant && payload.tenantId === ctx.tenantId;
    },
    resolve: (payload: CatalogImportProgress): CatalogImportType => ({ ...payload, id: payload.importId, fileName: '' }),
  })
  @Allow(Permission.CATALOG_READ)
  async catalogImportProgress(@Ctx() ctx: TenantContext, @Args('importId', { type: () => ID }, ParseUUIDPipe) importId: string) {
    await this.imports.get(ctx, importId);
    return this.imports.live(ctx, importId);
  }

  @Query(() => [CategoryType])
  @Allow(Permission.CATALOG_READ)
  categories(@Ctx() ctx: TenantContext): Promise<CategoryType[]> {
    return this.structure.categories(ctx);
  }

  @Query(() => [BrandType])
  @Allow(Permission.CATALOG_READ)
  brands(@Ctx() ctx: TenantContext): Promise<BrandType[]> {
    return this.structure.brands(ctx);
  }

  @Mutation(() => Int, { description: 'Bulk status change; returns how many products changed.' })
  @Allow(Permission.CATALOG_WRITE)
  setProductStatus(@Ctx() ctx: TenantContext, @Args('input') input: ProductIdsInput, @Args('status') status: string): Promise<number> {
    return this.products.setStatus(ctx, input.ids, status);
  }

  @Mutation(() => Int, { description: 'Soft delete: the products disappear from the store and search.' })
  @Allow(Permission.CATALOG_WRITE)
  deleteProducts(@Ctx() ctx: TenantContext, @Args('input') input: ProductIdsInput): Promise<number> {
    return this.products.softDelete(ctx, input.ids);
  }

  @Query(() => [SearchSynonymType])
  @Allow(Permission.CATALOG_READ)
  searchSynonyms(@Ctx() ctx: TenantContext): Promise<SearchSynonymType[]> {
    return this.settings.synonyms(ctx);
  }

  @Mutation(() => [SearchSynonymType])
  @Allow(Permission.CATALOG_WRITE)
  setSearchSynonym(@Ctx() ctx: TenantContext, @Args('input') input: SetSearchSynonymInput): Promise<SearchSynonymType[]> {
    return this.settings.setSynonyms(ctx, input.term, input.synonyms);
  }

  @Query(() => [SearchMissType], { description: 'Recent searches that found nothing.' })
  @Allow(Permission.CATALOG_READ)
  searchMisses(@Ctx() ctx: TenantContext, @Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<SearchMissType[]> {
    return this.settings.misses(ctx, first);
  }
}
