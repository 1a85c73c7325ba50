import { Injectable, Injector, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AccessToken } from './access-token';
import { AuthApi } from './auth-api';
import type { AuthPayload, LoginInput, SessionTenant, SessionUser } from './auth.graphql';
import { TokenRefresher } from './token-refresher';

interface Session {
  readonly token: AccessToken;
  readonly user: SessionUser;
  readonly tenant: SessionTenant;
}

/**
 * The signed-in staff member. The access token lives in memory only; the refresh token is an
 * httpOnly cookie the app never sees, which is what restores the session after a reload.
 */
@Injectable({ providedIn: 'root' })
export class AuthSession {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  private readonly session = signal<Session | null>(null);
  private readonly refresher = new TokenRefresher(() => this.renew());
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private restoring: Promise<void> | undefined;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly tenant = computed(() => this.session()?.tenant ?? null);
  readonly accessToken = computed(() => this.session()?.token.value ?? null);
  readonly isSignedIn = computed(() => this.session() !== null);

  /** Resolves once the session of a previous visit has been restored, or found to be gone. Runs once. */
  restore(): Promise<void> {
    this.restoring ??= this.refresher.refresh().then(() => undefined);
    return this.restoring;
  }

  /** Throws an `ApiError` when the credentials are refused. */
  async login(input: LoginInput): Promise<void> {
    const payload = await firstValueFrom(this.api.login(input));
    this.start(payload);
  }

  /** Renews the access token; false when the session cannot be renewed. */
  async refresh(): Promise<boolean> {
    return (await this.refresher.refresh()) !== null;
  }

  /** A token fit to send now, renewed first if it has expired; null when signed out. */
  async usableAccessToken(): Promise<string | null> {
    const token = await this.refresher.usable(this.session()?.token ?? null);
    return token?.value ?? null;
  }

  async logout(): Promise<void> {
    // The local sign-out must happen even when the server cannot be reached.
    await firstValueFrom(this.api.logout()).catch(() => false);
    await this.end('/login');
  }

  /** The server no longer accepts this session: back to sign-in, then back to this page. */
  async expire(): Promise<void> {
    if (!this.session()) return;
    const returnUrl = this.router.url;
    await this.end(this.router.createUrlTree(['/login'], { queryParams: { returnUrl } }).toString());
  }

  private async renew(): Promise<AccessToken | null> {
    // A refused refresh leaves the session as it is: whoever needed the token decides what follows.
    const payload = await firstValueFrom(this.api.refreshToken()).catch(() => null);
    return payload ? this.start(payload).token : null;
  }

  private start(payload: AuthPayload): Session {
    const token = AccessToken.issue(payload.accessToken, payload.expiresIn, Date.now());
    const session: Session = { token, user: payload.user, tenant: payload.tenant };
    this.session.set(session);
    clearTimeout(this.refreshTimer);
    // A failed proactive refresh is not fatal here: the next request that is refused retries it.
    this.refreshTimer = setTimeout(() => void this.refresher.refresh(), token.refreshDelay(Date.now()));
    return session;
  }

  private clear(): void {
    clearTimeout(this.refreshTimer);
    this.session.set(null);
  }

  private async end(redirectTo: string): Promise<void> {
    // Signed out first, so the sign-in page's guard lets the navigation through.
    this.clear();
    await this.router.navigateByUrl(redirectTo);
    // Looked up lazily: Apollo's links depend on this service.
    await this.injector.get(Apollo).client.clearStore();
  }
}
