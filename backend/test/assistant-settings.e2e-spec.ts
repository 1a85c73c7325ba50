import { Client } from 'pg';
import { AssistantSettingsService } from '../src/modules/assistant/settings/assistant-settings.service';
import { TenantContext } from '../src/platform/context/tenant-context';
import { addTeamMember } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode, GraphQLResponse } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

const RULE_FIELDS =
  'languages handoffOnNegativeSentiment handoffSentimentThreshold handoffAfterUnresolvedTurns handoffKeywords visitorMessagesPerDay tenantMessagesPerDay dailyTokenBudget';
const SETTINGS = `query { assistantSettings { persona provider hasApiKey ${RULE_FIELDS} } }`;
const UPDATE = `mutation($input: AssistantSettingsInput!) { updateAssistantSettings(input: $input) { persona provider hasApiKey ${RULE_FIELDS} } }`;

interface Settings {
  persona: string;
  provider: string;
  hasApiKey: boolean;
  languages: string[];
  handoffOnNegativeSentiment: boolean;
  handoffSentimentThreshold: number;
  handoffAfterUnresolvedTurns: number;
  handoffKeywords: string[];
  visitorMessagesPerDay: number | null;
  tenantMessagesPerDay: number | null;
  dailyTokenBudget: number | null;
}

const DEFAULT_RULES = {
  languages: ['en'],
  handoffOnNegativeSentiment: false,
  handoffSentimentThreshold: -0.5,
  handoffAfterUnresolvedTurns: 0,
  handoffKeywords: [],
  visitorMessagesPerDay: null,
  tenantMessagesPerDay: null,
  dailyTokenBudget: null,
};

describe('assistant settings: languages, handoff rules and budgets', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Settings Store');
    other = await signUpStore(t.client(), 'Other Settings Store');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const settingsOf = async (store: SignedUpStore) => (await store.client.ok<{ assistantSettings: Settings }>(SETTINGS)).assistantSettings;
  const rejected = async (input: Record<string, unknown>): Promise<string> => {
    const res: GraphQLResponse<unknown> = await owner.client.request(UPDATE, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    return res.errors![0].message;
  };

  it('shows the defaults to a store that never saved its settings', async () => {
    expect(await settingsOf(owner)).toMatchObject({ ...DEFAULT_RULES, provider: 'PLATFORM', hasApiKey: false });
  });

  it('saves the rules, tidies the keywords, and the engine reads them', async () => {
    const saved = await owner.client.ok<{ updateAssistantSettings: Settings }>(UPDATE, {
      input: {
        persona: 'Mia, the hoodie expert',
        languages: ['de', 'en'],
        handoffOnNegativeSentiment: true,
        handoffSentimentThreshold: -0.3,
        handoffAfterUnresolvedTurns: 2,
        handoffKeywords: [' refund ', 'Human', 'human', ''],
        visitorMessagesPerDay: 40,
        tenantMessagesPerDay: 2000,
        dailyTokenBudget: 50_000,
      },
    });
    const expected = {
      persona: 'Mia, the hoodie expert',
      languages: ['de', 'en'],
      handoffOnNegativeSentiment: true,
      handoffSentimentThreshold: -0.3,
      handoffAfterUnresolvedTurns: 2,
      handoffKeywords: ['refund', 'Human'],
      visitorMessagesPerDay: 40,
      tenantMessagesPerDay: 2000,
      dailyTokenBudget: 50_000,
    };
    expect(saved.updateAssistantSettings).toMatchObject(expected);
    expect(await settingsOf(owner)).toMatchObject(expected);

    const effective = await t.app.get(AssistantSettingsService).effective(TenantContext.system(owner.tenantId, 'test'));
    expect(effective).toMatchObject({ ...expected, persona: 'Mia, the hoodie expert' });

    // A partial update leaves the other rules alone; null lifts a limit.
    const partial = await owner.client.ok<{ updateAssistantSettings: Settings }>(UPDATE, { input: { visitorMessagesPerDay: null, languages: null } });
    expect(partial.updateAssistantSettings).toMatchObject({ ...expected, visitorMessagesPerDay: null });
  });

  it('explains invalid input and keeps the saved values', async () => {
    const before = await settingsOf(owner);
    expect(await rejected({ languages: ['en', 'xx'] })).toMatch(/Reply languages must be among en, de, fr, es; not supported: xx/);
    expect(await rejected({ languages: [] })).toMatch(/at least one reply language/);
    expect(await rejected({ handoffSentimentThreshold: 0.4 })).toMatch(/sentiment threshold must be between -1 and 0/);
    expect(await rejected({ handoffSentimentThreshold: -1.5 })).toMatch(/sentiment threshold must be between -1 and 0/);
    expect(await rejected({ handoffKeywords: Array.from({ length: 21 }, (_, i) => `word ${i}`) })).toMatch(/At most 20 handoff keywords/);
    expect(await rejected({ handoffKeywords: ['x'.repeat(41)] })).toMatch(/at most 40 characters/);
    expect(await rejected({ handoffAfterUnresolvedTurns: -1 })).toMatch(/between 0 \(off\) and 20/);
    expect(await rejected({ tenantMessagesPerDay: 0 })).toMatch(/at least 1/);
    expect(await settingsOf(owner)).toEqual(before);
  });

  it('keeps the API key write-only: stored encrypted, reported only as present', async () => {
    const key = 'sk-store-secret-123456';
    const saved = await owner.client.request<{ updateAssistantSettings: Record<string, unknown> }>(
      `mutation($input: AssistantSettingsInput!) { updateAssistantSettings(input: $input) { hasApiKey provider } }`,
      { input: { provider: 'OPENAI', baseUrl: 'http://127.0.0.1:9/v1', model: 'store-model', apiKey: key } },
    );
    expect(saved.data?.updateAssistantSettings).toEqual({ hasApiKey: true, provider: 'OPENAI' });
    const introspection = await owner.client.ok<{ __type: { fields: Array<{ name: string }> } }>(`query { __type(name: "AssistantSettings") { fields { name } } }`);
    expect(introspection.__type.fields.map((f) => f.name).filter((name) => /apikey/i.test(name))).toEqual(['hasApiKey']);

    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const row = await db.query<{ api_key_encrypted: string }>(`SELECT api_key_encrypted FROM assistant_settings WHERE tenant_id = $1`, [owner.tenantId]);
    await db.end();
    expect(row.rows[0].api_key_encrypted).not.toContain(key);

    const removed = await owner.client.ok<{ updateAssistantSettings: Settings }>(UPDATE, { input: { apiKey: '' } });
    expect(removed.updateAssistantSettings.hasApiKey).toBe(false);
  });

  it('lets agents change nothing, and a second store still sees its defaults', async () => {
    const agent = t.client();
    await addTeamMember(owner.client, agent, 'Agent Ada');
    expect(errorCode(await agent.request(SETTINGS))).toBe('FORBIDDEN');
    expect(errorCode(await agent.request(UPDATE, { input: { languages: ['fr'], handoffKeywords: ['agent'] } }))).toBe('FORBIDDEN');
    expect((await settingsOf(owner)).languages).toEqual(['de', 'en']);

    expect(await settingsOf(other)).toMatchObject({ ...DEFAULT_RULES, persona: '', hasApiKey: false });
    const effective = await t.app.get(AssistantSettingsService).effective(TenantContext.system(other.tenantId, 'test'));
    expect(effective).toMatchObject({ ...DEFAULT_RULES, provider: 'platform', endpoint: null });
  });
});
