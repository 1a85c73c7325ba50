/** Whether a browser Origin header matches one of a widget key's allowed origins. */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const normalized = `${url.protocol}//${url.host}`.toLowerCase();
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase().replace(/\/+$/, '');
    if (!p.includes('*.')) return p === normalized;
    const [scheme, rest] = p.split('://');
    const suffix = rest.slice(1); // ".example.com[:port]"
    if (`${url.protocol}` !== `${scheme}:`) return false;
    const host = url.host.toLowerCase();
    if (!host.endsWith(suffix)) return false;
    const label = host.slice(0, host.length - suffix.length);
    return /^[a-z0-9-]+$/.test(label);
  });
}
