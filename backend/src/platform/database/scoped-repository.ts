import { DeepPartial, EntityManager, EntityMetadata, EntityTarget, FindManyOptions, FindOneOptions, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TenantOwnedEntity } from './tenant-owned.entity';

type Scalar = string | number | boolean;

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', Date]);

/**
 * Whether an entity reads and writes as its plain columns: no relations, listeners, hidden,
 * versioned or soft-delete columns, which only TypeORM's own builders handle.
 */
const plainEntities = new WeakMap<EntityMetadata, boolean>();
function isPlain(metadata: EntityMetadata): boolean {
  let plain = plainEntities.get(metadata);
  if (plain === undefined) {
    plain =
      metadata.relations.length === 0 &&
      metadata.ownListeners.length === 0 &&
      !metadata.versionColumn &&
      !metadata.deleteDateColumn &&
      metadata.columns.every((column) => column.isSelect && !column.isVirtual);
    plainEntities.set(metadata, plain);
  }
  return plain;
}

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
    return this.findOneByColumns(where) ?? this.manager.findOneBy(this.target, this.scope(where));
  }

  /**
   * The chat path looks rows up by id on every message: for plain entities and equality on
   * scalar columns, one statement written here instead of a query builder run (a fifth of the
   * CPU of a chat turn went to building queries). Null when the lookup needs TypeORM.
   */
  private findOneByColumns(where: FindOptionsWhere<T>): Promise<T | null> | null {
    const metadata = this.manager.connection.getMetadata(this.target);
    if (!isPlain(metadata)) return null;
    const conditions: string[] = [];
    const params: unknown[] = [];
    for (const [property, value] of Object.entries(where)) {
      if (!['string', 'number', 'boolean'].includes(typeof value)) return null;
      const column = metadata.findColumnWithPropertyPath(property);
      if (!column) return null;
      params.push(this.manager.connection.driver.preparePersistentValue(value as Scalar, column));
      conditions.push(`${quote(column.databaseName)} = $${params.length + 1}`);
    }
    const statement = `SELECT * FROM ${quotePath(metadata.tablePath)} WHERE tenant_id = $1${conditions.map((c) => ` AND ${c}`).join('')} LIMIT 1`;
    return this.sql(statement, params).then((rows) => (rows[0] ? this.hydrate(rows[0]) : null));
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
    const metadata = this.manager.connection.getMetadata(this.target);
    if (isPlain(metadata)) {
      // Only the columns given: the database fills in ids and defaults, and RETURNING * hands them back.
      const columns = metadata.columns.filter((column) => column.isInsert && !column.generatedType && column.getEntityValue(entity) !== undefined);
      const params = columns.map((column) => this.manager.connection.driver.preparePersistentValue(column.getEntityValue(entity), column));
      const statement = `INSERT INTO ${quotePath(metadata.tablePath)} (${columns.map((c) => quote(c.databaseName)).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`;
      const rows: ObjectLiteral[] = await this.manager.query(statement, params);
      return this.hydrate(rows[0]);
    }
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

  /** An entity from a raw row of this table (`RETURNING *`, or its row_to_json), typed as a TypeORM read would give it. */
  hydrate(row: ObjectLiteral): T {
    if (row.tenant_id !== this.tenantId) throw new Error('Row of another store');
    const metadata = this.manager.connection.getMetadata(this.target);
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      if (!(column.databaseName in row)) continue;
      let value = row[column.databaseName];
      // Rows that came through row_to_json carry times as ISO strings.
      if (typeof value === 'string' && TIMESTAMP_TYPES.has(column.type)) value = new Date(value);
      column.setEntityValue(entity, this.manager.connection.driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function quotePath(tablePath: string): string {
  return tablePath.split('.').map(quote).join('.');
}
