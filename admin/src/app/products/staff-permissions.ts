import { Injectable, computed, inject } from '@angular/core';
import { Permission, ROLE_PERMISSIONS, Role } from '@shopdesk/shared';
import { AuthSession } from '../core/auth/auth-session';

/**
 * What the signed-in staff member may change, from their role. The server enforces the same
 * rules; this only hides buttons that would be refused.
 */
@Injectable({ providedIn: 'root' })
export class StaffPermissions {
  private readonly session = inject(AuthSession);
  private readonly granted = computed<readonly Permission[]>(() => {
    const role = this.session.user()?.role;
    return role ? ROLE_PERMISSIONS[Role[role]] : [];
  });

  readonly canEditCatalog = computed(() => this.granted().includes(Permission.CATALOG_WRITE));
  readonly canEditInventory = computed(() => this.granted().includes(Permission.INVENTORY_WRITE));
}
