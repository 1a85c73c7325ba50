import { unauthenticatedAction } from './unauthenticated-action';

describe('unauthenticatedAction', () => {
  it('refreshes the session and retries the first time a request is refused', () => {
    expect(unauthenticatedAction(['UNAUTHENTICATED'], false)).toBe('refresh-and-retry');
  });

  it('signs out when the retried request is refused again', () => {
    expect(unauthenticatedAction(['UNAUTHENTICATED'], true)).toBe('sign-out');
  });

  it('leaves other failures to the page that made the request', () => {
    expect(unauthenticatedAction(['FORBIDDEN'], false)).toBe('none');
    expect(unauthenticatedAction(['NOT_FOUND', 'BAD_USER_INPUT'], true)).toBe('none');
    expect(unauthenticatedAction([], false)).toBe('none');
  });
});
