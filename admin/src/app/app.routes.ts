import type { Route, Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/auth/auth.guards';
import { NAV_SECTIONS, type NavSection } from './shell/nav-sections';
import { Shell } from './shell/shell';

const BUILT_SECTIONS = new Set(['conversations', 'dashboard', 'reports', 'demand-gaps', 'products', 'inventory', 'orders', 'chatbot', 'settings', 'team']);

/** A section that is not built yet: its own URL and title, one shared empty state. */
const upcomingSection = (section: NavSection): Route => ({
  path: section.path,
  title: section.label,
  data: { section: section.label },
  loadComponent: () => import('./shared/section-placeholder').then((m) => m.SectionPlaceholder),
});

export const APP_ROUTES: Routes = [
  {
    path: 'login',
    title: 'Sign in',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'join',
    title: 'Join the team',
    loadComponent: () => import('./team/accept-invitation-page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'dashboard',
        title: 'Dashboard',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'reports',
        title: 'Reports',
        loadChildren: () => import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES),
      },
      {
        path: 'demand-gaps',
        title: 'Demand gaps',
        loadChildren: () => import('./demand-gaps/demand-gaps.routes').then((m) => m.DEMAND_GAPS_ROUTES),
      },
      {
        path: 'conversations',
        title: 'Conversations',
        loadChildren: () => import('./conversations/conversations.routes').then((m) => m.CONVERSATIONS_ROUTES),
      },
      {
        path: 'orders',
        title: 'Orders',
        loadChildren: () => import('./orders/orders.routes').then((m) => m.ORDERS_ROUTES),
      },
      {
        path: 'products',
        title: 'Products',
        loadChildren: () => import('./products/products.routes').then((m) => m.PRODUCTS_ROUTES),
      },
      {
        path: 'inventory',
        title: 'Inventory',
        loadChildren: () => import('./inventory/inventory.routes').then((m) => m.INVENTORY_ROUTES),
      },
      {
        path: 'chatbot',
        title: 'Chatbot',
        loadChildren: () => import('./chatbot/chatbot.routes').then((m) => m.CHATBOT_ROUTES),
      },
      {
        path: 'team',
        title: 'Team',
        loadChildren: () => import('./team/team.routes').then((m) => m.TEAM_ROUTES),
      },
      {
        path: 'settings',
        title: 'Settings',
        loadChildren: () => import('./settings/settings.routes').then((m) => m.SETTINGS_ROUTES),
      },
      ...NAV_SECTIONS.filter((section) => !BUILT_SECTIONS.has(section.path)).map(upcomingSection),
    ],
  },
  { path: '**', redirectTo: '' },
];
