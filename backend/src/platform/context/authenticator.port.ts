import { TenantContext } from './tenant-context';

export interface RequestMeta {
  ip?: string;
  origin?: string;
  requestId?: string;
  locale?: string;
}

/**
 * Turns a bearer credential (staff JWT, visitor token, `sk_` API key) into a TenantContext.
 * Implemented by the identity module; the platform only knows this port.
 */
export abstract class AuthenticatorPort {
  /** Throws UnauthenticatedError for a credential that is invalid, expired or revoked. */
  abstract authenticate(bearer: string, meta: RequestMeta): Promise<TenantContext>;
}
