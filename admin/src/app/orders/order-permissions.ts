import { Injectable, computed, inject } from '@angular/core';
import { Permission, ROLE_PERMISSIONS, Role } from '@shopdesk/shared';
import { AuthSession } from '../core/auth/auth-session';

/** Whether the signed-in staff member may change orders; the server enforces the same rule. */
@Injectable({ providedIn: 'root' })
export class OrderPermissions {
  private readonly session = inject(AuthSession);

  readonly canChangeOrders = computed(() => {
    const role = this.session.user()?.role;
    return !!role && ROLE_PERMISSIONS[Role[role]].includes(Permission.ORDERS_WRITE);
  });
}
