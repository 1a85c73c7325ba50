import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');
const HEADER = '# The public GraphQL API of Shopdesk, printed from the code. Regenerate with: npm run schema:print\n\n';

describe('the committed GraphQL schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the server serves (run npm run schema:print after API changes)', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(existsSync(SCHEMA_FILE)).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('keeps the public operation names integrators and the widget rely on', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    const queries = Object.keys(schema.getQueryType()!.getFields());
    const subscriptions = Object.keys(schema.getSubscriptionType()!.getFields());
    expect(mutations).toEqual(expect.arrayContaining(['signUp', 'login', 'refreshToken', 'createApiKey', 'createWidgetKey', 'startVisitorSession', 'sendMessage']));
    expect(queries).toEqual(expect.arrayContaining(['conversation', 'conversations', 'products', 'product']));
    expect(subscriptions).toEqual(expect.arrayContaining(['conversationEvents']));
  });
});
