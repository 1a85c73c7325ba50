import { Injectable, computed, inject } from '@angular/core';
import { API_KEY_SCOPES, Permission, ROLE_PERMISSIONS, Role } from '@shopdesk/shared';
import { AuthSession } from '../core/auth/auth-session';

/**
 * What the signed-in staff member may change in the settings, from their role. The server enforces
 * the same rules; this only turns forms read-only and hides actions that would be refused.
 */
@Injectable({ providedIn: 'root' })
export class SettingsPermissions {
  private readonly session = inject(AuthSession);
  private readonly granted = computed<readonly Permission[]>(() => {
    const role = this.session.user()?.role;
    return role ? ROLE_PERMISSIONS[Role[role]] : [];
  });

  readonly canManageStore = computed(() => this.granted().includes(Permission.STORE_MANAGE));
  readonly canManageWidget = computed(() => this.granted().includes(Permission.WIDGET_KEYS_MANAGE));
  readonly canChangeCheckout = computed(() => this.granted().includes(Permission.ORDERS_WRITE));
  readonly canEditCannedReplies = computed(() => this.granted().includes(Permission.CONVERSATIONS_WRITE));
  readonly canManageApiKeys = computed(() => this.granted().includes(Permission.API_KEYS_MANAGE));
  /** Scopes this person may put on an API key: the server refuses any they do not hold themselves. */
  readonly grantableScopes = computed(() => API_KEY_SCOPES.filter((scope) => this.granted().includes(scope)));
}
