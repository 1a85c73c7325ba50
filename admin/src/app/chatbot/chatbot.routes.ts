import { inject, provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerCatalogIcons } from '../products/catalog-icons';
import { ChatbotPage } from './chatbot-page';
import { ChatbotPermissions } from './chatbot-permissions';

export const CHATBOT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEnvironmentInitializer(registerCatalogIcons)],
    component: ChatbotPage,
    children: [
      // Staff who cannot read the settings land on the one tab they can use.
      { path: '', pathMatch: 'full', redirectTo: () => (inject(ChatbotPermissions).canManage() ? 'settings' : 'playground') },
      { path: 'settings', title: 'Chatbot settings', loadComponent: () => import('./settings/assistant-settings-page').then((m) => m.AssistantSettingsPage) },
      { path: 'knowledge', title: 'Knowledge base', loadComponent: () => import('./knowledge/knowledge-page').then((m) => m.KnowledgePage) },
      { path: 'playground', title: 'Try your assistant', loadComponent: () => import('./playground/playground-page').then((m) => m.PlaygroundPage) },
    ],
  },
];
