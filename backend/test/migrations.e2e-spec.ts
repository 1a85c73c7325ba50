import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

describe('database migrations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leave nothing for the entities to change: schema and code agree', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every tenant-owned table carries tenant_id and an index that starts with it', async () => {
    const rows: Array<{ table_name: string; indexed: boolean }> = await t.app.get(DataSource).query(`
      SELECT c.table_name,
             EXISTS (SELECT 1 FROM pg_indexes i WHERE i.tablename = c.table_name AND i.indexdef ~ ('\\(' || 'tenant_id[,)]')) AS indexed
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id'`);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((r) => !r.indexed).map((r) => r.table_name)).toEqual([]);
  });
});
