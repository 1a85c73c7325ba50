import { Injectable, Logger } from '@nestjs/common';
import { TenantContext } from '../context/tenant-context';
import { DomainEvent } from './domain-event';

type EventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;
type Handler<E extends DomainEvent> = (event: E) => Promise<void> | void;

/**
 * Typed in-process event bus. Delivery waits for the publisher's transaction to commit, and
 * handlers are not awaited by the publisher, so a slow or failing subscriber never slows or breaks
 * the write that raised the event.
 */
@Injectable()
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly handlers = new Map<EventClass<DomainEvent>, Array<Handler<DomainEvent>>>();
  private pending = 0;
  private idleWaiters: Array<() => void> = [];

  subscribe<E extends DomainEvent>(type: EventClass<E>, handler: Handler<E>): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as Handler<DomainEvent>);
    this.handlers.set(type, list);
    return () => list.splice(list.indexOf(handler as Handler<DomainEvent>), 1);
  }

  publish(ctx: TenantContext, event: DomainEvent): void {
    ctx.afterCommit(() => this.dispatch(event));
  }

  /** Resolves once every event published so far has been handled (for graceful shutdown). */
  async idle(): Promise<void> {
    if (this.pending === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private dispatch(event: DomainEvent): void {
    const handlers = [...(this.handlers.get(event.constructor as EventClass<DomainEvent>) ?? [])];
    for (const handler of handlers) {
      this.pending++;
      // A microtask, not the next loop turn: a handler's first queries (the assistant reading what to
      // answer) then go out while the request that raised the event is still writing its response.
      queueMicrotask(async () => {
        try {
          await handler(event);
        } catch (error) {
          this.logger.error({ err: error, event: event.constructor.name }, 'Event handler failed');
        } finally {
          this.pending--;
          if (this.pending === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
        }
      });
    }
  }
}
