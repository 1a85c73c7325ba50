import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { text } from 'express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InventoryModule } from '../inventory/inventory.module';
import { CatalogAdminResolver } from './catalog-admin.resolver';
import { CatalogStructureService } from './catalog-structure.service';
import { Brand } from './entities/brand.entity';
import { CatalogImport } from './entities/catalog-import.entity';
import { CatalogTerm } from './entities/catalog-term.entity';
import { Category } from './entities/category.entity';
import { ProductActivity } from './entities/product-activity.entity';
import { ProductReview } from './entities/product-review.entity';
import { ProductVariant } from './entities/product-variant.entity';
import { Product } from './entities/product.entity';
import { SearchMiss } from './entities/search-miss.entity';
import { SearchSynonym } from './entities/search-synonym.entity';
import { CatalogImportService, MAX_IMPORT_BYTES } from './import/catalog-import.service';
import { CatalogUploadController } from './import/catalog-upload.controller';
import { CatalogImporter } from './import/catalog-importer.service';
import { ProductLoaders } from './product-loaders';
import { ProductConnectionResolver, ProductResolver } from './product.resolver';
import { ProductService } from './product.service';
import { RecommendationResolver } from './recommendations/recommendation.resolver';
import { RecommendationService } from './recommendations/recommendation.service';
import { CatalogSearchIndex } from './search/catalog-search-index';
import { ProductSearchService } from './search/product-search.service';
import { SearchSettingsService } from './search/search-settings.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Product, ProductVariant, Category, Brand, ProductReview, SearchSynonym, SearchMiss, CatalogTerm, CatalogImport, ProductActivity]),
    InventoryModule,
  ],
  controllers: [CatalogUploadController],
  providers: [
    ProductService,
    ProductSearchService,
    CatalogSearchIndex,
    CatalogStructureService,
    CatalogImporter,
    CatalogImportService,
    SearchSettingsService,
    ProductLoaders,
    ProductResolver,
    ProductConnectionResolver,
    CatalogAdminResolver,
    RecommendationService,
    RecommendationResolver,
  ],
  exports: [ProductService, ProductSearchService, CatalogImportService, RecommendationService],
})
export class CatalogModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Catalog files are far larger than GraphQL bodies; only this route reads them, as text.
    consumer.apply(text({ type: (req) => !/json/i.test(String(req.headers['content-type'] ?? '')), limit: MAX_IMPORT_BYTES })).forRoutes({ path: 'catalog/imports', method: RequestMethod.POST });
  }
}
