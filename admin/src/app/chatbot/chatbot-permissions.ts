import { Injectable, computed, inject } from '@angular/core';
import { Permission, ROLE_PERMISSIONS, Role } from '@shopdesk/shared';
import { AuthSession } from '../core/auth/auth-session';

/** What the signed-in staff member may do with the assistant; the server enforces the same rules. */
@Injectable({ providedIn: 'root' })
export class ChatbotPermissions {
  private readonly session = inject(AuthSession);
  private readonly granted = computed<readonly Permission[]>(() => {
    const role = this.session.user()?.role;
    return role ? ROLE_PERMISSIONS[Role[role]] : [];
  });

  /** Settings and the knowledge base: reading them needs this too. */
  readonly canManage = computed(() => this.granted().includes(Permission.ASSISTANT_MANAGE));
  readonly canPreview = computed(() => this.granted().includes(Permission.ASSISTANT_PREVIEW));
}
