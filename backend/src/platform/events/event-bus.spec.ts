import { TenantContext } from '../context/tenant-context';
import { DomainEvent } from './domain-event';
import { EventBus } from './event-bus';

class ThingHappened extends DomainEvent {
  constructor(readonly what: string) {
    super('tenant-1', { kind: 'system', reason: 'test' });
  }
}

describe('EventBus', () => {
  it('delivers an event published inside a transaction only after the commit hooks run', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe(ThingHappened, (e) => {
      seen.push(e.what);
    });
    const hooks: Array<() => void> = [];
    const tx = TenantContext.system('tenant-1', 'test').withTransaction({} as never, hooks);
    bus.publish(tx, new ThingHappened('inside'));
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([]);
    hooks.forEach((h) => h());
    await bus.idle();
    expect(seen).toEqual(['inside']);
  });

  it('a failing subscriber does not stop the others', async () => {
    const bus = new EventBus();
    const seen: string[] = [];
    bus.subscribe(ThingHappened, () => {
      throw new Error('broken subscriber');
    });
    bus.subscribe(ThingHappened, (e) => {
      seen.push(e.what);
    });
    bus.publish(TenantContext.system('tenant-1', 'test'), new ThingHappened('outside'));
    await bus.idle();
    expect(seen).toEqual(['outside']);
  });
});
