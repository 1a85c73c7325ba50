import { Role } from '@shopdesk/shared';

export type Actor =
  | { kind: 'staff'; userId: string; role: Role; sessionId: string }
  | { kind: 'visitor'; visitorId: string }
  | { kind: 'api_key'; apiKeyId: string; name: string }
  | { kind: 'system'; reason: string }
  | { kind: 'anonymous' };
