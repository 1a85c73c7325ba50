import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { TenantContext } from '../context/tenant-context';
import { ScopedRepository } from './scoped-repository';
import { TenantOwnedEntity } from './tenant-owned.entity';

/** The only way services reach the database: tenant-scoped repositories and transactions bound to a context. */
@Injectable()
export class TenantDataService {
  constructor(private readonly dataSource: DataSource) {}

  repo<T extends TenantOwnedEntity>(ctx: TenantContext, target: EntityTarget<T>): ScopedRepository<T> {
    return new ScopedRepository(this.managerOf(ctx), target, ctx.tenantId);
  }

  /**
   * Platform-level tables (stores, staff logins) and lookups that must happen before a tenant is known
   * (login by email, widget key by public key, API key by hash). Callers say why in a comment.
   */
  global<T extends ObjectLiteral>(ctx: TenantContext, target: EntityTarget<T>): Repository<T> {
    return this.managerOf(ctx).getRepository(target);
  }

  managerOf(ctx: TenantContext): EntityManager {
    return ctx.manager ?? this.dataSource.manager;
  }

  /**
   * Runs `work` in one transaction (joining the caller's if there is one). Hooks registered with
   * `ctx.afterCommit` inside run only once the outermost transaction has committed.
   */
  async transaction<R>(ctx: TenantContext, work: (tx: TenantContext) => Promise<R>): Promise<R> {
    if (ctx.inTransaction) return work(ctx);
    const hooks: Array<() => void> = [];
    const result = await this.dataSource.transaction((manager) => work(ctx.withTransaction(manager, hooks)));
    for (const hook of hooks) hook();
    return result;
  }
}
