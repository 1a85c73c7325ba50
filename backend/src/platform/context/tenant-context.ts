import { Permission } from '@shopdesk/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from './actor';

export interface TenantContextInit {
  tenantId?: string;
  actor: Actor;
  permissions?: Iterable<Permission>;
  locale?: string;
  requestId?: string;
  ip?: string;
  origin?: string;
}

/**
 * Who is acting, for which store, with which rights. Built once per request, subscription or job
 * and passed as the first argument of every service method.
 */
export class TenantContext {
  readonly actor: Actor;
  readonly permissions: ReadonlySet<Permission>;
  readonly locale: string;
  readonly requestId: string;
  readonly ip?: string;
  readonly origin?: string;
  /** The open transaction, when the caller runs inside one. */
  readonly manager?: EntityManager;
  private readonly tenant?: string;
  private readonly commitHooks?: Array<() => void>;

  constructor(init: TenantContextInit, manager?: EntityManager, commitHooks?: Array<() => void>) {
    this.tenant = init.tenantId;
    this.actor = init.actor;
    this.permissions = new Set(init.permissions ?? []);
    this.locale = init.locale ?? 'en';
    this.requestId = init.requestId ?? randomUUID();
    this.ip = init.ip;
    this.origin = init.origin;
    this.manager = manager;
    this.commitHooks = commitHooks;
  }

  static system(tenantId: string | undefined, reason: string): TenantContext {
    return new TenantContext({ tenantId, actor: { kind: 'system', reason }, permissions: Object.values(Permission) });
  }

  static anonymous(init: Omit<TenantContextInit, 'actor'> = {}): TenantContext {
    return new TenantContext({ ...init, actor: { kind: 'anonymous' } });
  }

  get hasTenant(): boolean {
    return this.tenant !== undefined;
  }

  /** The store this context acts for. Never falls back to a default: no tenant is an error. */
  get tenantId(): string {
    if (!this.tenant) throw new MissingTenantError();
    return this.tenant;
  }

  get inTransaction(): boolean {
    return this.manager !== undefined;
  }

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  /** The same actor bound to another store (e.g. after sign-up creates one). */
  forTenant(tenantId: string, permissions?: Iterable<Permission>): TenantContext {
    return new TenantContext({ ...this.init(), tenantId, permissions: permissions ?? this.permissions }, this.manager, this.commitHooks);
  }

  withActor(actor: Actor, permissions: Iterable<Permission>): TenantContext {
    return new TenantContext({ ...this.init(), actor, permissions }, this.manager, this.commitHooks);
  }

  /** A copy bound to a transaction; hooks registered on it run once that transaction commits. */
  withTransaction(manager: EntityManager, commitHooks: Array<() => void>): TenantContext {
    return new TenantContext(this.init(), manager, commitHooks);
  }

  /** Runs `hook` after the surrounding transaction commits, or right away when there is none. */
  afterCommit(hook: () => void): void {
    if (this.commitHooks) this.commitHooks.push(hook);
    else hook();
  }

  private init(): TenantContextInit {
    return {
      tenantId: this.tenant,
      actor: this.actor,
      permissions: this.permissions,
      locale: this.locale,
      requestId: this.requestId,
      ip: this.ip,
      origin: this.origin,
    };
  }
}

export class MissingTenantError extends Error {
  constructor() {
    super('No store is bound to this request');
    this.name = 'MissingTenantError';
  }
}
