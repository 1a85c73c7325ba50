import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from '../products/catalog-icons';

export const ORDERS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEnvironmentInitializer(registerCatalogIcons)],
    children: [
      { path: '', loadComponent: () => import('./orders-page').then((m) => m.OrdersPage) },
      { path: 'drafts/new', title: 'New draft order', loadComponent: () => import('./draft-order/draft-order-page').then((m) => m.DraftOrderPage) },
      { path: ':id', title: 'Order', loadComponent: () => import('./order-detail/order-detail-page').then((m) => m.OrderDetailPage) },
    ],
  },
];
