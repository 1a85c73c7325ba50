import { addTeamMember, createWidgetKey, STORE_ORIGIN } from './support/chat-fixtures';
import { signUpStore, SignedUpStore } from './support/fixtures';
import { errorCode } from './support/graphql-client';
import { startTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const STORE = `query { store { id name timeZone } }`;
const UPDATE_STORE = `mutation($input: UpdateStoreInput!) { updateStore(input: $input) { name timeZone } }`;
const APPEARANCE_FIELDS = `greeting primaryColor position assistantName avatarUrl launcherText`;
const APPEARANCE = `query { widgetAppearance { ${APPEARANCE_FIELDS} } }`;
const UPDATE_APPEARANCE = `mutation($input: UpdateWidgetAppearanceInput!) { updateWidgetAppearance(input: $input) { ${APPEARANCE_FIELDS} } }`;
const HOURS_FIELDS = `enabled offlineMessage timeZone days { day open close }`;
const HOURS = `query { businessHours { ${HOURS_FIELDS} } }`;
const UPDATE_HOURS = `mutation($input: UpdateBusinessHoursInput!) { updateBusinessHours(input: $input) { ${HOURS_FIELDS} } }`;
const SESSION = `mutation($publicKey: String!) {
  startVisitorSession(publicKey: $publicKey) {
    settings { storeName ${APPEARANCE_FIELDS} availability { open nextOpenAt message } }
  }
}`;

interface Appearance {
  greeting: string;
  primaryColor: string;
  position: string;
  assistantName: string;
  avatarUrl: string | null;
  launcherText: string;
}
interface Availability {
  open: boolean;
  nextOpenAt: string | null;
  message: string;
}
interface Session {
  startVisitorSession: { settings: Appearance & { storeName: string; availability: Availability } };
}
interface Hours {
  enabled: boolean;
  offlineMessage: string;
  timeZone: string;
  days: Array<{ day: number; open: string; close: string }>;
}

const ALL_WEEK = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, open: '00:00', close: '24:00' }));

/** The weekday (0 = Sunday) and HH:MM that clocks in `timeZone` show at `at`. */
function storeClock(at: Date, timeZone: string): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday')), time: `${part('hour')}:${part('minute')}` };
}

describe('tenancy: store settings, widget appearance and business hours', () => {
  let t: TestApp;
  let owner: SignedUpStore;
  let other: SignedUpStore;
  let publicKey: string;
  let otherKey: string;

  const session = async (key: string) => (await t.client().ok<Session>(SESSION, { publicKey: key }, { origin: STORE_ORIGIN })).startVisitorSession.settings;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpStore(t.client(), 'Harbour Books');
    other = await signUpStore(t.client(), 'Second Shop');
    publicKey = await createWidgetKey(owner.client);
    otherKey = await createWidgetKey(other.client);
  });
  afterAll(() => t.close());

  it('starts with the default look, UTC and no business hours, so the widget counts the store as open', async () => {
    expect((await owner.client.ok<{ store: { timeZone: string } }>(STORE)).store.timeZone).toBe('UTC');
    expect((await owner.client.ok<{ businessHours: Hours }>(HOURS)).businessHours).toEqual({ enabled: false, offlineMessage: '', timeZone: 'UTC', days: [] });
    const settings = await session(publicKey);
    expect(settings).toMatchObject({ storeName: 'Harbour Books', position: 'right', assistantName: 'Assistant', avatarUrl: null, launcherText: 'Chat with us' });
    expect(settings.availability).toEqual({ open: true, nextOpenAt: null, message: '' });
  });

  it('renames the store and changes its time zone, refusing zones that do not exist', async () => {
    const bad = await owner.client.request(UPDATE_STORE, { input: { timeZone: 'Mars/Olympus_Mons' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/IANA time zone/);
    const updated = await owner.client.ok<{ updateStore: { name: string; timeZone: string } }>(UPDATE_STORE, { input: { name: ' Harbour Books & Maps ', timeZone: 'Europe/Berlin' } });
    expect(updated.updateStore).toEqual({ name: 'Harbour Books & Maps', timeZone: 'Europe/Berlin' });
    expect((await session(publicKey)).storeName).toBe('Harbour Books & Maps');
  });

  it('rejects an invalid widget look field by field and changes nothing', async () => {
    const attempts: Array<[Partial<Record<keyof Appearance, unknown>>, RegExp]> = [
      [{ greeting: 'x'.repeat(301) }, /greeting/],
      [{ primaryColor: 'red' }, /primaryColor must be a colour/],
      [{ primaryColor: '#12345g' }, /primaryColor must be a colour/],
      [{ position: 'top' }, /position must be right or left/],
      [{ avatarUrl: 'http://cdn.example.com/a.png' }, /avatarUrl must be an https/],
      [{ launcherText: '' }, /launcherText/],
      [{ greeting: '   ' }, /greeting/],
      [{ assistantName: null }, /assistantName/],
    ];
    for (const [input, message] of attempts) {
      const res = await owner.client.request(UPDATE_APPEARANCE, { input });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(message);
    }
    const { widgetAppearance } = await owner.client.ok<{ widgetAppearance: Appearance }>(APPEARANCE);
    expect(widgetAppearance).toMatchObject({ primaryColor: '#4f46e5', position: 'right', launcherText: 'Chat with us' });
  });

  it('saves the widget look and the widget receives it; only the given fields change', async () => {
    const input = { greeting: 'Ahoy! Looking for a map?', primaryColor: '#0f766e', position: 'left', assistantName: 'Skipper', avatarUrl: 'https://cdn.example.com/skipper.png', launcherText: 'Ask the skipper' };
    await owner.client.ok(UPDATE_APPEARANCE, { input });
    await owner.client.ok(UPDATE_APPEARANCE, { input: { greeting: 'Ahoy there!', avatarUrl: null } });
    const expected = { ...input, greeting: 'Ahoy there!', avatarUrl: null };
    expect((await owner.client.ok<{ widgetAppearance: Appearance }>(APPEARANCE)).widgetAppearance).toEqual(expected);
    expect(await session(publicKey)).toMatchObject(expected);
  });

  it('rejects malformed, duplicate and overnight business hours with a clear message and keeps the old ones', async () => {
    const invalid: Array<[Array<{ day: number; open: string; close: string }>, RegExp]> = [
      [[{ day: 7, open: '09:00', close: '17:00' }], /day must not be greater than 6/],
      [[{ day: 1, open: '9:00', close: '17:00' }], /open must be a time like 09:00/],
      [[{ day: 1, open: '09:00', close: '24:30' }], /close must be a time like 17:30/],
      [[{ day: 5, open: '22:00', close: '02:00' }], /Day 5 closes at 02:00, not after it opens at 22:00.*past midnight/],
      [[{ day: 2, open: '12:00', close: '12:00' }], /Day 2 closes at 12:00/],
      [
        [
          { day: 1, open: '09:00', close: '12:00' },
          { day: 1, open: '13:00', close: '17:00' },
        ],
        /Day 1 is listed twice/,
      ],
    ];
    for (const [days, message] of invalid) {
      const res = await owner.client.request(UPDATE_HOURS, { input: { enabled: true, days, offlineMessage: '' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(message);
    }
    const tooLong = await owner.client.request(UPDATE_HOURS, { input: { enabled: true, days: [], offlineMessage: 'x'.repeat(301) } });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect((await owner.client.ok<{ businessHours: Hours }>(HOURS)).businessHours.enabled).toBe(false);
  });

  it('tells the widget the store is closed outside its hours, with the next opening in the store zone', async () => {
    const zone = 'Pacific/Auckland';
    await owner.client.ok(UPDATE_STORE, { input: { timeZone: zone } });
    // Open only on the weekday after tomorrow (store time), so the store is closed now whatever the hour.
    const openDay = (storeClock(new Date(), zone).weekday + 2) % 7;
    const saved = await owner.client.ok<{ updateBusinessHours: Hours }>(UPDATE_HOURS, {
      input: { enabled: true, days: [{ day: openDay, open: '09:30', close: '17:00' }], offlineMessage: '  Gone fishing, back soon.  ' },
    });
    expect(saved.updateBusinessHours).toEqual({ enabled: true, offlineMessage: 'Gone fishing, back soon.', timeZone: zone, days: [{ day: openDay, open: '09:30', close: '17:00' }] });

    const { availability } = await session(publicKey);
    expect(availability.open).toBe(false);
    expect(availability.message).toBe('Gone fishing, back soon.');
    const nextOpenAt = new Date(availability.nextOpenAt!);
    expect(storeClock(nextOpenAt, zone)).toEqual({ weekday: openDay, time: '09:30' });
    const hoursAhead = (nextOpenAt.getTime() - Date.now()) / 3_600_000;
    expect(hoursAhead).toBeGreaterThan(24);
    expect(hoursAhead).toBeLessThan(72);
  });

  it('tells the widget the store is open within its hours', async () => {
    await owner.client.ok(UPDATE_HOURS, { input: { enabled: true, days: ALL_WEEK, offlineMessage: 'Gone fishing.' } });
    expect((await session(publicKey)).availability).toEqual({ open: true, nextOpenAt: null, message: '' });
  });

  it('leaves the second store untouched', async () => {
    expect((await other.client.ok<{ store: { name: string; timeZone: string } }>(STORE)).store).toMatchObject({ name: 'Second Shop', timeZone: 'UTC' });
    expect((await other.client.ok<{ businessHours: Hours }>(HOURS)).businessHours.enabled).toBe(false);
    const settings = await session(otherKey);
    expect(settings).toMatchObject({ storeName: 'Second Shop', greeting: 'Hi! How can we help you today?', primaryColor: '#4f46e5', assistantName: 'Assistant' });
    expect(settings.availability.open).toBe(true);

    // Closing the second store's hours does not close the first store.
    await other.client.ok(UPDATE_HOURS, { input: { enabled: true, days: [], offlineMessage: 'Closed for good.' } });
    expect((await session(otherKey)).availability).toMatchObject({ open: false, nextOpenAt: null, message: 'Closed for good.' });
    expect((await session(publicKey)).availability.open).toBe(true);
  });

  it('lets an agent read the store settings but not change them', async () => {
    const agent = t.client();
    await addTeamMember(owner.client, agent, 'Deckhand Agent');
    expect((await agent.ok<{ businessHours: Hours }>(HOURS)).businessHours.timeZone).toBe('Pacific/Auckland');
    expect((await agent.ok<{ widgetAppearance: Appearance }>(APPEARANCE)).widgetAppearance.assistantName).toBe('Skipper');
    const attempts = [
      agent.request(UPDATE_STORE, { input: { name: 'Taken over' } }),
      agent.request(UPDATE_APPEARANCE, { input: { greeting: 'Taken over' } }),
      agent.request(UPDATE_HOURS, { input: { enabled: false, days: [], offlineMessage: '' } }),
    ];
    for (const res of await Promise.all(attempts)) expect(errorCode(res)).toBe('FORBIDDEN');
    expect((await owner.client.ok<{ store: { name: string } }>(STORE)).store.name).toBe('Harbour Books & Maps');
    expect((await owner.client.ok<{ businessHours: Hours }>(HOURS)).businessHours.enabled).toBe(true);
  });
});
