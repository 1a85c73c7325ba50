import type { Route, Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/auth/auth.guards';
import { NAV_SECTIONS, type NavSection } from './shell/nav-sections';
import { Shell } from './shell/shell';

const BUILT_SECTIONS = new Set(['conversations']);

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
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      {
        path: 'conversations',
        title: 'Conversations',
        loadChildren: () => import('./conversations/conversations.routes').then((m) => m.CONVERSATIONS_ROUTES),
      },
      ...NAV_SECTIONS.filter((section) => !BUILT_SECTIONS.has(section.path)).map(upcomingSection),
    ],
  },
  { path: '**', redirectTo: '' },
];
