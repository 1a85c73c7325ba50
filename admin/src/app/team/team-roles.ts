import { canAssignRole, Role } from '@shopdesk/shared';
import type { RoleName } from './team.graphql';

export const ROLE_NAMES: readonly RoleName[] = ['OWNER', 'ADMIN', 'MANAGER', 'AGENT'];

export const ROLE_LABELS: Readonly<Record<RoleName, string>> = { OWNER: 'Owner', ADMIN: 'Admin', MANAGER: 'Manager', AGENT: 'Agent' };

/** Roles `actor` may hand out (and take away): only owners make owners, nobody grants more than they hold. */
export function assignableRoles(actor: RoleName | null): readonly RoleName[] {
  return actor ? ROLE_NAMES.filter((role) => canAssignRole(Role[actor], Role[role])) : [];
}

/** The page an invited person opens to join: the token is the whole credential, so it travels only in this link. */
export function invitationLink(adminBaseUrl: string, token: string): string {
  return `${adminBaseUrl.replace(/\/+$/, '')}/join?token=${encodeURIComponent(token)}`;
}
