import { SetMetadata } from '@nestjs/common';
import { Permission } from '@shopdesk/shared';

export const ACCESS_METADATA = 'shopdesk:access';

export interface AccessRule {
  public?: boolean;
  permissions?: Permission[];
  visitor?: boolean;
}

/** Anyone may call it, signed in or not (login, sign-up, visitor sessions). */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** Staff or API keys holding every listed permission. */
export const Allow = (...permissions: Permission[]) => SetMetadata(ACCESS_METADATA, { permissions } satisfies AccessRule);

/** Widget visitors, and staff/API keys holding `permissions` (e.g. reading a conversation). */
export const AllowVisitor = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_METADATA, { visitor: true, permissions } satisfies AccessRule);
