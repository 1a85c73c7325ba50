import { Client } from 'pg';
import { errorCode, GraphQLClient } from './support/graphql-client';
import { LOGIN, SIGN_UP, signUpStore } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const ME = `query { me { id email role } }`;
const REFRESH = `mutation { refreshToken { accessToken user { email } tenant { slug } } }`;
const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role } } }`;
const ACCEPT = `mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { role } tenant { id } } }`;
const CREATE_API_KEY = `mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes } } }`;

describe('identity: sign-up, login, sessions, roles and API keys', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS: '3' } });
  });
  afterAll(() => t.close());

  it('signs up a store and its owner, with a unique slug per store', async () => {
    const a = await signUpStore(t.client(), 'Acme Outdoor');
    const b = await signUpStore(t.client(), 'Acme Outdoor');
    expect(a.slug).toBe('acme-outdoor');
    expect(b.slug).toMatch(/^acme-outdoor-[0-9a-f]{6}$/);
    const me = await a.client.ok<{ me: { email: string; role: string } }>(ME);
    expect(me.me).toEqual(expect.objectContaining({ email: a.email, role: 'OWNER' }));
  });

  it('refuses weak passwords, bad emails and duplicate accounts with clear messages', async () => {
    const client = t.client();
    const weak = await client.request(SIGN_UP, { input: { storeName: 'X Store', email: 'x@example.com', password: 'short' } });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].message).toMatch(/password must be 12 to 128 characters/);
    const badEmail = await client.request(SIGN_UP, { input: { storeName: 'X Store', email: 'not-an-email', password: 'long enough password' } });
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    const first = await signUpStore(t.client());
    const dup = await client.request(SIGN_UP, { input: { storeName: 'Other', email: first.email.toUpperCase(), password: 'long enough password' } });
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0].message).toMatch(/already exists/);
  });

  it('gives one generic error for a wrong password or an unknown email, then rate-limits the account', async () => {
    const store = await signUpStore(t.client());
    const client = t.client();
    const unknown = await client.request(LOGIN, { input: { email: 'nobody@example.com', password: 'whatever password' } });
    const wrong = await client.request(LOGIN, { input: { email: store.email, password: 'wrong password!!' } });
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    await client.request(LOGIN, { input: { email: store.email, password: 'wrong password!!' } });
    await client.request(LOGIN, { input: { email: store.email, password: 'wrong password!!' } });
    const blocked = await client.request(LOGIN, { input: { email: store.email, password: store.password } });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.data).toBeNull();
  });

  it('rotates the refresh cookie on every use and revokes the whole session when an old one is replayed', async () => {
    const store = await signUpStore(t.client());
    const browser = t.client();
    const login = await browser.ok<{ login: { accessToken: string } }>(LOGIN, { input: { email: store.email, password: store.password } });
    const firstCookie = browser.cookie('sd_rt')!;
    expect(firstCookie).toBeTruthy();

    const refreshed = await browser.ok<{ refreshToken: { accessToken: string; tenant: { slug: string } } }>(REFRESH);
    expect(refreshed.refreshToken.tenant.slug).toBe(store.slug);
    const secondCookie = browser.cookie('sd_rt')!;
    expect(secondCookie).not.toEqual(firstCookie);
    expect((await browser.ok<{ me: { email: string } }>(ME, {}, { token: refreshed.refreshToken.accessToken })).me.email).toBe(store.email);

    // An attacker replays the first cookie: refused, and the legitimate session ends too.
    const attacker = t.client();
    attacker.setCookie('sd_rt', firstCookie);
    expect(errorCode(await attacker.request(REFRESH))).toBe('UNAUTHENTICATED');
    expect(errorCode(await browser.request(REFRESH))).toBe('UNAUTHENTICATED');
    expect(errorCode(await browser.request(ME, {}, { token: refreshed.refreshToken.accessToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await browser.request(ME, {}, { token: login.login.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('sets the refresh cookie httpOnly, SameSite=Strict and scoped to /graphql', async () => {
    const store = await signUpStore(t.client());
    const res = await t.client().request(LOGIN, { input: { email: store.email, password: store.password } });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sd_rt='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/i);
  });

  it('logout ends the session: the access token and the refresh cookie stop working', async () => {
    const store = await signUpStore(t.client());
    const browser = t.client();
    const { login } = await browser.ok<{ login: { accessToken: string } }>(LOGIN, { input: { email: store.email, password: store.password } });
    await browser.ok(`mutation { logout }`, {}, { token: login.accessToken });
    expect(errorCode(await browser.request(ME, {}, { token: login.accessToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await browser.request(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('invitations bring in members with a role, and roles limit what each can do', async () => {
    const owner = await signUpStore(t.client());
    const invite = await owner.client.ok<{ inviteMember: { token: string } }>(INVITE, { input: { email: 'agent@example.com', role: 'AGENT' } });
    const agent = t.client();
    const accepted = await agent.ok<{ acceptInvitation: { accessToken: string; user: { role: string }; tenant: { id: string } } }>(ACCEPT, {
      input: { token: invite.inviteMember.token, password: 'agent password 123', name: 'Agent Smith' },
    });
    expect(accepted.acceptInvitation.user.role).toBe('AGENT');
    expect(accepted.acceptInvitation.tenant.id).toBe(owner.tenantId);
    agent.token = accepted.acceptInvitation.accessToken;

    // The token is single use.
    expect(errorCode(await t.client().request(ACCEPT, { input: { token: invite.inviteMember.token, password: 'another password 1' } }))).toBe('BAD_USER_INPUT');

    // Agents chat but do not manage keys or the team.
    expect((await agent.request(`query { conversations { edges { cursor } } }`)).errors).toBeUndefined();
    expect(errorCode(await agent.request(CREATE_API_KEY, { input: { name: 'x', scopes: ['orders:read'] } }))).toBe('FORBIDDEN');
    expect(errorCode(await agent.request(INVITE, { input: { email: 'x@example.com', role: 'AGENT' } }))).toBe('FORBIDDEN');

    // An admin cannot create owners; the owner can promote.
    const adminInvite = await owner.client.ok<{ inviteMember: { token: string } }>(INVITE, { input: { email: 'admin@example.com', role: 'ADMIN' } });
    const admin = t.client();
    admin.token = (await admin.ok<{ acceptInvitation: { accessToken: string } }>(ACCEPT, { input: { token: adminInvite.inviteMember.token, password: 'admin password 123' } })).acceptInvitation.accessToken;
    expect(errorCode(await admin.request(INVITE, { input: { email: 'o2@example.com', role: 'OWNER' } }))).toBe('FORBIDDEN');
    const members = await owner.client.ok<{ members: Array<{ email: string; role: string }> }>(`query { members { email role } }`);
    expect(members.members.map((m) => m.role).sort()).toEqual(['ADMIN', 'AGENT', 'OWNER']);

    // A demotion applies to live tokens at once.
    const agentId = (await agent.ok<{ me: { id: string } }>(ME)).me.id;
    await owner.client.ok(`mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`, { input: { userId: agentId, role: 'MANAGER' } });
    expect((await agent.ok<{ me: { role: string } }>(ME)).me.role).toBe('MANAGER');
    await owner.client.ok(`mutation($id: ID!) { removeMember(userId: $id) }`, { id: agentId });
    expect(errorCode(await agent.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('API keys are shown once, stored hashed, limited to their scopes and revocable', async () => {
    const owner = await signUpStore(t.client());
    const created = await owner.client.ok<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } } }>(CREATE_API_KEY, {
      input: { name: 'Reporting', scopes: ['conversations:read'] },
    });
    const { secret, apiKey } = created.createApiKey;
    expect(secret).toMatch(/^sk_[A-Za-z0-9_-]{40,}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);

    const db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
    const stored = await db.query(`SELECT * FROM api_keys WHERE id = $1`, [apiKey.id]);
    await db.end();
    expect(JSON.stringify(stored.rows)).not.toContain(secret);

    const integrator = t.client();
    expect((await integrator.request(`query { conversations { edges { cursor } } }`, {}, { token: secret })).errors).toBeUndefined();
    expect(errorCode(await integrator.request(`query { store { id } }`, {}, { token: secret }))).toBe('FORBIDDEN');
    expect(errorCode(await owner.client.request(CREATE_API_KEY, { input: { name: 'bad', scopes: ['billing:manage'] } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await owner.client.request(CREATE_API_KEY, { input: { name: 'bad', scopes: ['nonsense'] } }))).toBe('BAD_USER_INPUT');

    const listed = await owner.client.ok<{ apiKeys: Array<Record<string, unknown>> }>(`query { apiKeys { id name prefix } }`);
    expect(JSON.stringify(listed)).not.toContain(secret);
    await owner.client.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id });
    expect(errorCode(await integrator.request(`query { conversations { edges { cursor } } }`, {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('a second store sees and changes nothing of the first', async () => {
    const a = await signUpStore(t.client(), 'Store A');
    const b = await signUpStore(t.client(), 'Store B');
    const key = await a.client.ok<{ createApiKey: { apiKey: { id: string } } }>(CREATE_API_KEY, { input: { name: 'A key', scopes: ['conversations:read'] } });
    await a.client.ok(INVITE, { input: { email: 'pending@example.com', role: 'AGENT' } });

    const bKeys = await b.client.ok<{ apiKeys: unknown[] }>(`query { apiKeys { id } }`);
    const bMembers = await b.client.ok<{ members: Array<{ email: string }> }>(`query { members { email } }`);
    const bInvites = await b.client.ok<{ invitations: unknown[] }>(`query { invitations { id } }`);
    expect(bKeys.apiKeys).toEqual([]);
    expect(bMembers.members.map((m) => m.email)).toEqual([b.email]);
    expect(bInvites.invitations).toEqual([]);
    expect(errorCode(await b.client.request(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: key.createApiKey.apiKey.id }))).toBe('NOT_FOUND');
    expect(errorCode(await b.client.request(`mutation($id: ID!) { removeMember(userId: $id) }`, { id: a.userId }))).toBe('NOT_FOUND');
    // A's key still works: B's attempt changed nothing.
    expect((await a.client.ok<{ apiKeys: Array<{ id: string }> }>(`query { apiKeys { id } }`)).apiKeys).toHaveLength(1);
  });

  it('refuses operations without a session, and unknown tokens', async () => {
    const client = t.client();
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(ME, {}, { token: 'sk_not_a_real_key' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.request(ME, {}, { token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }))).toBe('UNAUTHENTICATED');
  });
});
