/**
 * Where to go after signing in. Only in-app paths are accepted so a crafted
 * `?returnUrl=https://evil.example` link cannot send staff off-site.
 */
export function safeReturnUrl(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw === '/login' || raw.startsWith('/login?') || raw.startsWith('/login/')) return fallback;
  return raw;
}
