import { loginErrorMessage } from './login-error-message';

describe('loginErrorMessage', () => {
  it('says the credentials are wrong without revealing which one', () => {
    expect(loginErrorMessage('UNAUTHENTICATED')).toMatch(/email and password don’t match/);
    expect(loginErrorMessage('BAD_USER_INPUT')).toBe(loginErrorMessage('UNAUTHENTICATED'));
  });

  it('asks to wait after too many attempts', () => {
    expect(loginErrorMessage('RATE_LIMITED')).toMatch(/Too many sign-in attempts/);
  });

  it('tells a connection problem apart from a server problem', () => {
    expect(loginErrorMessage('NETWORK')).toMatch(/couldn’t reach/);
    expect(loginErrorMessage('UNKNOWN')).toMatch(/went wrong on our side/);
  });
});
