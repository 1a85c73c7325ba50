import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from '../products/catalog-icons';
import { InventoryPage } from './inventory-page';
import { VariantDirectory } from './variant-directory';

export const INVENTORY_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEnvironmentInitializer(registerCatalogIcons), VariantDirectory],
    component: InventoryPage,
  },
];
