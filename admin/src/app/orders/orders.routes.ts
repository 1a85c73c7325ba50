import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from '../products/catalog-icons';

export const ORDERS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEnvironmentInitializer(registerCatalogIcons)],
    children: [
      { path: '', loadComponent: () => import('./orders-page').then((m) => m.OrdersPage) },
      { path: ':id', title: 'Order', loadComponent: () => import('./order-detail/order-detail-page').then((m) => m.OrderDetailPage) },
    ],
  },
];
