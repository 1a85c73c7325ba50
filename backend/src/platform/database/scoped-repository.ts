import { DeepPartial, EntityManager, EntityTarget, FindManyOptions, FindOneOptions, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TenantOwnedEntity } from './tenant-owned.entity';

/**
 * Repository operations with the tenant filter built in: every read is narrowed to one store and
 * every write is stamped with it. Services get these, never raw repositories, so forgetting the
 * filter is not possible.
 */
export class ScopedRepository<T extends TenantOwnedEntity> {
  constructor(
    private readonly manager: EntityManager,
    private readonly target: EntityTarget<T>,
    readonly tenantId: string,
  ) {}

  private scope(where?: FindOptionsWhere<T> | FindOptionsWhere<T>[]): FindOptionsWhere<T> | FindOptionsWhere<T>[] {
    const tenant = { tenantId: this.tenantId } as FindOptionsWhere<T>;
    if (Array.isArray(where)) return where.map((w) => ({ ...w, ...tenant }));
    return { ...(where ?? {}), ...tenant };
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.manager.find(this.target, { ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.manager.findOne(this.target, { ...options, where: this.scope(options.where as FindOptionsWhere<T>) });
  }

  findOneBy(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.manager.findOneBy(this.target, this.scope(where));
  }

  count(where?: FindOptionsWhere<T>): Promise<number> {
    return this.manager.countBy(this.target, this.scope(where));
  }

  async insert(values: DeepPartial<T>): Promise<T> {
    const entity = this.manager.create(this.target, { ...values, tenantId: this.tenantId } as DeepPartial<T>);
    return this.manager.save(this.target, entity);
  }

  async insertMany(values: DeepPartial<T>[]): Promise<T[]> {
    const entities = values.map((v) => this.manager.create(this.target, { ...v, tenantId: this.tenantId } as DeepPartial<T>));
    return this.manager.save(this.target, entities);
  }

  /** Updates matching rows of this store; returns how many changed. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    const { tenantId: _ignored, ...safePatch } = patch as QueryDeepPartialEntity<T> & { tenantId?: unknown };
    const result = await this.manager.update(this.target, this.scope(where) as FindOptionsWhere<T>, safePatch as unknown as QueryDeepPartialEntity<T>);
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.manager.delete(this.target, this.scope(where) as FindOptionsWhere<T>);
    return result.affected ?? 0;
  }

  /** A query builder already narrowed to this store; add conditions with `andWhere`. */
  query(alias: string): SelectQueryBuilder<T> {
    return this.manager
      .createQueryBuilder<T>(this.target as EntityTarget<T>, alias)
      .where(`${alias}.tenant_id = :__tenantId`, { __tenantId: this.tenantId });
  }

  /** Raw SQL with the tenant id bound as $1; the statement must filter on it. */
  sql<R extends ObjectLiteral = ObjectLiteral>(statement: string, params: unknown[] = []): Promise<R[]> {
    if (!/\btenant_id\s*=\s*\$1\b/.test(statement)) {
      throw new Error('Scoped SQL must filter on tenant_id = $1');
    }
    return this.manager.query(statement, [this.tenantId, ...params]);
  }
}
