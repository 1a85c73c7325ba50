import { UserInputError } from '../../platform/graphql/app-errors';

/** Lower-cased, or a user error when it does not look like an address. */
export function validEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new UserInputError('Please give a valid email address');
  return email;
}
