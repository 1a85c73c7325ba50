import { Actor } from '../context/actor';

/** Something that happened in a store, published after the write that caused it commits. */
export abstract class DomainEvent {
  readonly occurredAt = new Date();
  constructor(
    readonly tenantId: string,
    readonly actor: Actor,
  ) {}
}
