import { DestroyRef, Injectable, inject, signal } from '@angular/core';

const TICK_MS = 30_000;

/** The current time as a signal, so "5m ago" labels age without a reload. */
@Injectable({ providedIn: 'root' })
export class Clock {
  readonly now = signal(Date.now());

  constructor() {
    const timer = setInterval(() => this.now.set(Date.now()), TICK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
