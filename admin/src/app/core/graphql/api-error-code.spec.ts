import { apiErrorCodeOf, errorCodesOf } from './api-error-code';

describe('errorCodesOf', () => {
  it('reads the code of each GraphQL error', () => {
    expect(
      errorCodesOf([
        { message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } },
        { message: 'Slow down', extensions: { code: 'RATE_LIMITED' } },
      ]),
    ).toEqual(['UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('treats missing or unexpected codes as unknown', () => {
    expect(errorCodesOf([{ message: 'boom' }, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }])).toEqual([
      'UNKNOWN',
      'UNKNOWN',
    ]);
    expect(errorCodesOf(undefined)).toEqual([]);
  });
});

describe('apiErrorCodeOf', () => {
  it('prefers the GraphQL error code in the body over the HTTP status', () => {
    const body = { errors: [{ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED' } }] };
    expect(apiErrorCodeOf(body, 200)).toBe('RATE_LIMITED');
    expect(apiErrorCodeOf(body, 400)).toBe('RATE_LIMITED');
  });

  it('recognises an unreachable server', () => {
    expect(apiErrorCodeOf(null, 0)).toBe('NETWORK');
  });

  it('falls back on the HTTP status when the body says nothing', () => {
    expect(apiErrorCodeOf('<html>Too Many Requests</html>', 429)).toBe('RATE_LIMITED');
    expect(apiErrorCodeOf({}, 401)).toBe('UNAUTHENTICATED');
    expect(apiErrorCodeOf({}, 502)).toBe('UNKNOWN');
  });
});
