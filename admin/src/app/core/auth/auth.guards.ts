import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { AuthSession } from './auth-session';
import { safeReturnUrl } from './return-url';

/** Signed-out staff go to sign-in, which brings them back here afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthSession);
  const router = inject(Router);
  await auth.restore();
  if (auth.isSignedIn()) return true;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The sign-in page is skipped when a session is already open. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthSession);
  const router = inject(Router);
  await auth.restore();
  if (!auth.isSignedIn()) return true;
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};
