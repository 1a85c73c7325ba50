import type { AppIconName } from '../core/icons/app-icons';

export interface NavSection {
  readonly path: string;
  readonly label: string;
  readonly icon: AppIconName;
}

/** Every section of the staff app, in the order of the side navigation. */
export const NAV_SECTIONS: readonly NavSection[] = [
  { path: 'dashboard', label: 'Dashboard', icon: 'dashboard' },
  { path: 'conversations', label: 'Conversations', icon: 'forum' },
  { path: 'orders', label: 'Orders', icon: 'receipt' },
  { path: 'inventory', label: 'Inventory', icon: 'inventory' },
  { path: 'products', label: 'Products', icon: 'sell' },
  { path: 'reports', label: 'Reports', icon: 'bar-chart' },
  { path: 'demand-gaps', label: 'Demand gaps', icon: 'inbox' },
  { path: 'chatbot', label: 'Chatbot', icon: 'assistant' },
  { path: 'integrations', label: 'Integrations', icon: 'extension' },
  { path: 'team', label: 'Team', icon: 'group' },
  { path: 'settings', label: 'Settings', icon: 'settings' },
];
