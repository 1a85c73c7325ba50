import { Actor } from '../../platform/context/actor';

/** How the ledger names who made a movement. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'staff':
      return `user:${actor.userId}`;
    case 'visitor':
      return `visitor:${actor.visitorId}`;
    case 'api_key':
      return `api_key:${actor.apiKeyId}`;
    case 'system':
      return `system:${actor.reason}`.slice(0, 120);
    default:
      return 'anonymous';
  }
}
