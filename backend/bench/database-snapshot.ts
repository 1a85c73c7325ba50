import { Pool } from 'pg';

const SNAPSHOT_SCHEMA = 'bench_snapshot';

interface TableColumns {
  table: string;
  columns: string[];
}

/**
 * A copy of every table of the public schema, taken inside the database, so a benchmark can put the
 * data back the way it was and run the same statements again on the same rows.
 */
export class DatabaseSnapshot {
  private constructor(
    private readonly pool: Pool,
    private readonly tables: TableColumns[],
  ) {}

  static async take(pool: Pool): Promise<DatabaseSnapshot> {
    const { rows } = await pool.query<{ table_name: string; columns: string[] }>(
      `SELECT c.table_name, array_agg(quote_ident(c.column_name) ORDER BY c.ordinal_position) AS columns
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'
        GROUP BY c.table_name`,
    );
    const tables = rows.map((row) => ({ table: row.table_name, columns: row.columns }));
    await pool.query(`DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE; CREATE SCHEMA ${SNAPSHOT_SCHEMA}`);
    for (const { table, columns } of tables) {
      await pool.query(`CREATE TABLE ${SNAPSHOT_SCHEMA}.${quote(table)} AS SELECT ${columns.join(', ')} FROM public.${quote(table)}`);
    }
    return new DatabaseSnapshot(pool, tables);
  }

  async restore(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`TRUNCATE ${this.tables.map((t) => `public.${quote(t.table)}`).join(', ')}`);
      for (const { table, columns } of this.tables) {
        const list = columns.join(', ');
        await client.query(`INSERT INTO public.${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM ${SNAPSHOT_SCHEMA}.${quote(table)}`);
      }
      await client.query('COMMIT');
      // Fresh statistics, as the server had them.
      await client.query('ANALYZE');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE`);
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
