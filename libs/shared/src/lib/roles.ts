/** Staff roles, from most to least privileged. */
export enum Role {
  OWNER = 'owner',
  ADMIN = 'admin',
  MANAGER = 'manager',
  AGENT = 'agent',
}

/**
 * Fine-grained rights. Roles are bundles of these so that API keys can carry
 * a subset (scopes) without inventing a parallel vocabulary.
 */
export enum Permission {
  STORE_READ = 'store:read',
  STORE_MANAGE = 'store:manage',
  TEAM_READ = 'team:read',
  TEAM_MANAGE = 'team:manage',
  API_KEYS_MANAGE = 'api_keys:manage',
  WIDGET_KEYS_MANAGE = 'widget_keys:manage',
  CATALOG_READ = 'catalog:read',
  CATALOG_WRITE = 'catalog:write',
  INVENTORY_READ = 'inventory:read',
  INVENTORY_WRITE = 'inventory:write',
  ORDERS_READ = 'orders:read',
  ORDERS_WRITE = 'orders:write',
  CONVERSATIONS_READ = 'conversations:read',
  CONVERSATIONS_WRITE = 'conversations:write',
  ANALYTICS_READ = 'analytics:read',
  ASSISTANT_PREVIEW = 'assistant:preview',
  ASSISTANT_MANAGE = 'assistant:manage',
  BILLING_MANAGE = 'billing:manage',
}

const ALL = Object.values(Permission);

const MANAGER: Permission[] = [
  Permission.STORE_READ,
  Permission.TEAM_READ,
  Permission.CATALOG_READ,
  Permission.CATALOG_WRITE,
  Permission.INVENTORY_READ,
  Permission.INVENTORY_WRITE,
  Permission.ORDERS_READ,
  Permission.ORDERS_WRITE,
  Permission.CONVERSATIONS_READ,
  Permission.CONVERSATIONS_WRITE,
  Permission.ANALYTICS_READ,
  Permission.ASSISTANT_PREVIEW,
  Permission.ASSISTANT_MANAGE,
];

const AGENT: Permission[] = [
  Permission.STORE_READ,
  Permission.TEAM_READ,
  Permission.CATALOG_READ,
  Permission.INVENTORY_READ,
  Permission.ORDERS_READ,
  Permission.CONVERSATIONS_READ,
  Permission.CONVERSATIONS_WRITE,
  Permission.ASSISTANT_PREVIEW,
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.OWNER]: ALL,
  // Only the owner can move money or delete the store.
  [Role.ADMIN]: ALL.filter((p) => p !== Permission.BILLING_MANAGE),
  [Role.MANAGER]: MANAGER,
  [Role.AGENT]: AGENT,
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

/** Whether `actor` may grant `target`: nobody hands out more than they hold. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (actor === Role.OWNER) return true;
  if (actor === Role.ADMIN) return target !== Role.OWNER;
  return false;
}

/** Scopes an integrator may request for an API key. */
export const API_KEY_SCOPES: readonly Permission[] = ALL.filter(
  (p) => p !== Permission.BILLING_MANAGE && p !== Permission.TEAM_MANAGE && p !== Permission.API_KEYS_MANAGE,
);
