import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { AuthSession } from '../core/auth/auth-session';
import { SaveState } from '../settings/save-state';
import { ACCEPT_INVITATION } from './team.graphql';

/** The server's password policy minimum (identity/password-policy.ts). */
const PASSWORD_MIN = 12;

/**
 * Where an invitation link lands: a new person picks a name and password, someone with a login
 * confirms with their password. Accepting sets the refresh cookie, so the session starts from it.
 */
@Component({
  selector: 'sd-accept-invitation-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <main class="card">
      <h1>Join the team</h1>
      @if (!token()) {
        <p class="problem" role="alert">This link has no invitation in it. Ask for a new invitation.</p>
      } @else {
        <p>Choose your name and a password. Already have a Shopdesk login? Enter its password instead.</p>
        <form (submit)="$event.preventDefault(); accept()">
          <mat-form-field>
            <mat-label>Your name</mat-label>
            <input matInput autocomplete="name" [value]="name()" (input)="name.set($any($event.target).value)" data-testid="join-name" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Password</mat-label>
            <input matInput type="password" autocomplete="new-password" [value]="password()" (input)="password.set($any($event.target).value)" data-testid="join-password" />
            <mat-hint>At least {{ passwordMin }} characters</mat-hint>
          </mat-form-field>
          @if (saveState.failure(); as message) {
            <p class="problem" role="alert">{{ message }}</p>
          }
          <button mat-flat-button type="submit" [disabled]="saveState.saving() || !ready()" data-testid="join-submit">Join</button>
        </form>
      }
    </main>
  `,
  styles: `
    :host {
      display: grid;
      place-items: center;
      min-height: 100vh;
      background: var(--mat-sys-surface-container-low);
    }
    .card {
      width: min(420px, calc(100vw - 32px));
      padding: 32px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface);
    }
    h1 {
      margin: 0 0 8px;
      font: var(--mat-sys-headline-small);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .problem {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPage {
  private readonly apollo = inject(Apollo);
  private readonly auth = inject(AuthSession);
  private readonly router = inject(Router);
  protected readonly passwordMin = PASSWORD_MIN;

  protected readonly token = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((params) => params.get('token') ?? '')), { initialValue: '' });
  protected readonly name = signal('');
  protected readonly password = signal('');
  protected readonly saveState = new SaveState();
  protected readonly ready = computed(() => !!this.token() && this.password().length >= PASSWORD_MIN);

  protected async accept(): Promise<void> {
    if (!this.ready()) return;
    await this.saveState.run(async () => {
      const input = { token: this.token(), password: this.password(), name: this.name().trim() || null };
      await firstValueFrom(this.apollo.mutate({ mutation: ACCEPT_INVITATION, variables: { input } }));
      if (!(await this.auth.refresh())) throw new Error('No session after joining');
      await this.router.navigateByUrl('/');
    }, 'You couldn’t join. Check your connection and try again.');
  }
}
