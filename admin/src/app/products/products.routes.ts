import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from './catalog-icons';

export const PRODUCTS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEnvironmentInitializer(registerCatalogIcons)],
    children: [
      { path: '', loadComponent: () => import('./products-page').then((m) => m.ProductsPage) },
      { path: 'import', title: 'Import products', loadComponent: () => import('./catalog-import/catalog-import-page').then((m) => m.CatalogImportPage) },
      { path: 'categories', title: 'Categories', loadComponent: () => import('./categories/categories-page').then((m) => m.CategoriesPage) },
      { path: 'search', title: 'Search', loadComponent: () => import('./search-tuning/search-tuning-page').then((m) => m.SearchTuningPage) },
      { path: ':id/edit', title: 'Edit product', loadComponent: () => import('./product-editor/product-editor-page').then((m) => m.ProductEditorPage) },
      { path: ':id', title: 'Product', loadComponent: () => import('./product-detail/product-detail-page').then((m) => m.ProductDetailPage) },
    ],
  },
];
