import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from '../products/catalog-icons';
import { registerSettingsIcons } from './settings-icons';
import { SettingsPage } from './settings-page';

/** One child route per tab, so a tab can be linked to and survives a reload. */
export const SETTINGS_ROUTES: Routes = [
  {
    path: '',
    component: SettingsPage,
    providers: [provideEnvironmentInitializer(registerCatalogIcons), provideEnvironmentInitializer(registerSettingsIcons)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'store' },
      { path: 'store', title: 'Store settings', loadComponent: () => import('./store/store-settings-tab').then((m) => m.StoreSettingsTab) },
      { path: 'widget', title: 'Chat widget', loadComponent: () => import('./widget/widget-settings-tab').then((m) => m.WidgetSettingsTab) },
      { path: 'hours', title: 'Business hours', loadComponent: () => import('./hours/business-hours-tab').then((m) => m.BusinessHoursTab) },
      { path: 'checkout', title: 'Checkout', loadComponent: () => import('./checkout/checkout-settings-tab').then((m) => m.CheckoutSettingsTab) },
      { path: 'canned-replies', title: 'Canned replies', loadComponent: () => import('./canned-replies/canned-replies-tab').then((m) => m.CannedRepliesTab) },
      { path: 'api-keys', title: 'API keys', loadComponent: () => import('./api-keys/api-keys-tab').then((m) => m.ApiKeysTab) },
    ],
  },
];
