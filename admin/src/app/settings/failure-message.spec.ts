import { CombinedGraphQLErrors } from '@apollo/client';
import { failureMessage } from './failure-message';

const graphqlErrors = (...errors: Array<{ message: string; code: string }>) =>
  new CombinedGraphQLErrors({ errors: errors.map(({ message, code }) => ({ message, extensions: { code } })) });

describe('failureMessage', () => {
  it('shows what the server said about invalid input, without the technical prefix', () => {
    const error = graphqlErrors({ message: 'Invalid input: primaryColor must be a colour like #4f46e5', code: 'BAD_USER_INPUT' });
    expect(failureMessage(error, 'Not saved')).toBe('primaryColor must be a colour like #4f46e5');
  });

  it('shows a refusal for missing rights or a wrong password', () => {
    expect(failureMessage(graphqlErrors({ message: 'You do not have permission to do this', code: 'FORBIDDEN' }), 'Not saved')).toBe(
      'You do not have permission to do this',
    );
    expect(failureMessage(graphqlErrors({ message: 'Incorrect password', code: 'UNAUTHENTICATED' }), 'Not joined')).toBe('Incorrect password');
  });

  it('falls back for server faults and network failures', () => {
    expect(failureMessage(graphqlErrors({ message: 'Something went wrong on our side.', code: 'INTERNAL_SERVER_ERROR' }), 'Not saved')).toBe('Not saved');
    expect(failureMessage(new TypeError('Failed to fetch'), 'Not saved')).toBe('Not saved');
  });
});
