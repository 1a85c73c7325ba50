import { registerEnumType } from '@nestjs/graphql';
import { Role } from '@shopdesk/shared';

registerEnumType(Role, { name: 'Role', description: 'Staff roles, from most to least privileged.' });

export { Role };
