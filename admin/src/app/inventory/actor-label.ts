import { capitalize } from '../products/catalog.models';

/**
 * Who made a stock movement, in words. The ledger stores a kind and an id ("user:<id>",
 * "system:catalog-import"); the signed-in person sees their own changes as "You".
 */
export function actorLabel(actor: string, currentUserId: string | null): string {
  const [kind, ...rest] = actor.split(':');
  const id = rest.join(':');
  if (kind === 'user') return id && id === currentUserId ? 'You' : 'A team member';
  if (kind === 'system') return id ? capitalize(id.replace(/[-_]/g, ' ')) : 'System';
  if (kind === 'visitor') return 'A shopper';
  if (kind === 'api' || kind === 'apikey' || kind === 'api_key') return 'An integration';
  return actor;
}

