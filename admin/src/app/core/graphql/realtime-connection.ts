import { Injectable, effect, inject, untracked } from '@angular/core';
import { createClient, type Client } from 'graphql-ws';
import { Observable, Subject } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { graphqlWsUrl } from './graphql-ws-url';

/** Close code the server does not treat as an error; graphql-ws reconnects after it. */
const RESTART_CLOSE_CODE = 4205;
const MAX_RETRY_WAIT_MS = 30_000;

/**
 * The one graphql-ws connection of the app. It opens while a subscription is active, sends the
 * current access token on every (re)connect, restarts when the token changes, and announces
 * reconnects so pages can fetch what they missed while it was down.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeConnection {
  private readonly auth = inject(AuthSession);
  private readonly reconnects = new Subject<void>();
  private socket: WebSocket | null = null;
  private connections = 0;
  private restarting = false;

  /** Emits each time the connection is back after having been up before. */
  readonly reconnected$: Observable<void> = this.reconnects.asObservable();

  readonly client: Client = createClient({
    url: graphqlWsUrl(window.location),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => this.waitBeforeRetry(retries),
    // Read at every connect, so a reconnect never presents a token that has since been replaced.
    connectionParams: async () => {
      const token = await this.auth.usableAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      opened: (socket) => {
        this.socket = socket as WebSocket;
      },
      closed: () => {
        this.socket = null;
      },
      connected: () => {
        this.connections += 1;
        if (this.connections > 1) this.reconnects.next();
      },
    },
  });

  constructor() {
    effect(() => {
      // On sign-out the pages that hold subscriptions close, and the idle socket closes with them.
      if (this.auth.accessToken() !== null) untracked(() => this.restart());
    });
  }

  /** Reconnects an open socket so the server sees the new token; a closed one will read it when it opens. */
  private restart(): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    this.restarting = true;
    this.socket.close(RESTART_CLOSE_CODE, 'Client Restart');
  }

  private waitBeforeRetry(retries: number): Promise<void> {
    if (this.restarting) {
      this.restarting = false;
      return Promise.resolve();
    }
    const backoff = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries);
    // Jitter keeps a fleet of dashboards from reconnecting in lockstep after a server restart.
    const jitter = Math.random() * 1000;
    return new Promise((resolve) => setTimeout(resolve, backoff + jitter));
  }
}
