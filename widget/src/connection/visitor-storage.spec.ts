import { VisitorStorage } from './visitor-storage';

beforeEach(() => localStorage.clear());

describe('VisitorStorage', () => {
  it('keeps the conversation when the server recognises the same visitor', () => {
    const storage = new VisitorStorage('pk_a', localStorage);
    storage.saveSession('t1', 'v1');
    storage.saveConversation('c1');

    expect(new VisitorStorage('pk_a', localStorage).saveSession('t2', 'v1')).toBe('c1');
    expect(JSON.parse(localStorage.getItem('shopdesk:pk_a:visitor')!)).toEqual({ token: 't2', visitorId: 'v1', conversationId: 'c1' });
  });

  it('forgets the conversation when the session belongs to another visitor', () => {
    const storage = new VisitorStorage('pk_a', localStorage);
    storage.saveSession('t1', 'v1');
    storage.saveConversation('c1');

    expect(storage.saveSession('t9', 'v9')).toBeNull();
    expect(storage.conversationId).toBeNull();
  });

  it('keeps each store separate', () => {
    new VisitorStorage('pk_a', localStorage).saveSession('ta', 'va');
    expect(new VisitorStorage('pk_b', localStorage).token).toBeNull();
  });

  it('ignores garbage left under its key', () => {
    localStorage.setItem('shopdesk:pk_a:visitor', '{not json');
    localStorage.setItem('shopdesk:pk_a:settings', JSON.stringify({ storeName: 1 }));
    const storage = new VisitorStorage('pk_a', localStorage);
    expect(storage.token).toBeNull();
    expect(storage.settings).toBeNull();
  });

  it('works without storage, as in a sandboxed frame', () => {
    const storage = new VisitorStorage('pk_a', null);
    storage.saveSession('t1', 'v1');
    expect(storage.token).toBeNull();
  });
});
