import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Who may tell us a client's address (X-Forwarded-For): load balancers and proxies on this host or
 * a private network. Express uses the same setting for HTTP requests (`trust proxy`).
 */
export const TRUSTED_PROXIES = ['loopback', 'linklocal', 'uniquelocal'];

const trusted = proxyaddr.compile(TRUSTED_PROXIES);

/** The client's address for a request that bypasses Express (a WebSocket upgrade), as `req.ip` would give it. */
export function clientAddressOf(request: IncomingMessage): string {
  return proxyaddr(request, trusted);
}
