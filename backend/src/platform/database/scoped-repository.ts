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

  /**
   * One INSERT ... RETURNING that fills in ids and defaults. Unlike `save`, no transaction of its
   * own and no lookup first: the chat path inserts on every message.
   */
  async insert(values: DeepPartial<T>): Promise<T> {
    const entity = this.manager.create(this.target, { ...values, tenantId: this.tenantId } as DeepPartial<T>);
    await this.manager.insert(this.target, entity as QueryDeepPartialEntity<T>);
    return entity;
  }

  async insertMany(values: DeepPartial<T>[]): Promise<T[]> {
    if (!values.length) return [];
    const entities = values.map((v) => this.manager.create(this.target, { ...v, tenantId: this.tenantId } as DeepPartial<T>));
    await this.manager.insert(this.target, entities as QueryDeepPartialEntity<T>[]);
    return entities;
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

  /** An entity from a raw row of this table (`RETURNING *`), typed as a TypeORM read would give it. */
  hydrate(row: ObjectLiteral): T {
    if (row.tenant_id !== this.tenantId) throw new Error('Row of another store');
    const metadata = this.manager.connection.getMetadata(this.target);
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (column.databaseName in row) column.setEntityValue(entity, this.manager.connection.driver.prepareHydratedValue(row[column.databaseName], column));
    }
    return entity;
  }
}
