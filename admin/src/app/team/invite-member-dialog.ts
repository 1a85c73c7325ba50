import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogActions } from '../shared/dialog-actions';
import { FormProblems } from '../shared/form-problems';
import { SaveState } from '../settings/save-state';
import { INVITE_MEMBER, type RoleName } from './team.graphql';
import { invitationLink, ROLE_LABELS } from './team-roles';

/**
 * Invites someone with a role the inviter may grant (the data). Emails are not sent yet, so the
 * dialog shows the join link to pass on; closes with true when an invitation was created.
 */
@Component({
  selector: 'sd-invite-member-dialog',
  imports: [DialogActions, FormProblems, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule],
  template: `
    @if (link(); as joinLink) {
      <h2 mat-dialog-title>Send this link to {{ email().trim() }}</h2>
      <mat-dialog-content>
        <p>Invitation emails aren’t sent yet. Share the link yourself; it works once and expires in 7 days.</p>
        <div class="link-row">
          <code class="link" data-testid="invitation-link">{{ joinLink }}</code>
          <button mat-stroked-button type="button" (click)="copy(joinLink)"><mat-icon svgIcon="copy" />{{ copied() ? 'Copied' : 'Copy' }}</button>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="true" data-testid="invite-done">Done</button>
      </mat-dialog-actions>
    } @else {
      <h2 mat-dialog-title>Invite a team member</h2>
      <form (submit)="$event.preventDefault(); invite()">
        <mat-dialog-content class="fields">
          <mat-form-field>
            <mat-label>Email</mat-label>
            <input matInput type="email" [value]="email()" (input)="email.set($any($event.target).value)" data-testid="invite-email" />
          </mat-form-field>
          <mat-form-field>
            <mat-label>Role</mat-label>
            <mat-select [value]="role()" (valueChange)="role.set($event)" data-testid="invite-role">
              @for (option of roles; track option) {
                <mat-option [value]="option">{{ labels[option] }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <sd-form-problems [messages]="[touched() && problem(), saveState.failure()]" />
        </mat-dialog-content>
        <sd-dialog-actions submitLabel="Create invitation" submitTestId="invite-send" [disabled]="saveState.saving()" />
      </form>
    }
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      min-width: min(400px, 80vw);
    }
    .link-row {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .link {
      flex: 1;
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
      word-break: break-all;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteMemberDialog {
  private readonly apollo = inject(Apollo);
  private readonly clipboard = inject(Clipboard);
  private readonly baseUri = inject(DOCUMENT).baseURI;
  private readonly ref = inject<MatDialogRef<InviteMemberDialog, boolean>>(MatDialogRef);
  protected readonly roles = inject<readonly RoleName[]>(MAT_DIALOG_DATA);
  protected readonly labels = ROLE_LABELS;

  protected readonly email = signal('');
  protected readonly role = signal<RoleName>(this.roles.includes('AGENT') ? 'AGENT' : this.roles[0]);
  protected readonly problem = computed(() => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(this.email().trim()) ? null : 'Enter the email address of the person to invite'));
  protected readonly touched = signal(false);
  protected readonly saveState = new SaveState();
  protected readonly link = signal<string | null>(null);
  protected readonly copied = signal(false);

  protected async invite(): Promise<void> {
    this.touched.set(true);
    if (this.problem()) return;
    await this.saveState.run(async () => {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: INVITE_MEMBER, variables: { input: { email: this.email().trim(), role: this.role() } } }),
      );
      this.link.set(invitationLink(this.baseUri, result.data!.inviteMember.token));
      this.ref.disableClose = true;
    }, 'The invitation wasn’t created. Check your connection and try again.');
  }

  protected copy(link: string): void {
    this.copied.set(this.clipboard.copy(link));
  }
}
