import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MAX_MESSAGE_LENGTH } from '@shopdesk/shared';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogActions } from '../../shared/dialog-actions';
import { FormProblems } from '../../shared/form-problems';
import { SaveState } from '../save-state';
import { SAVE_CANNED_REPLY, type CannedReply } from './canned-replies.graphql';

const MAX_SHORTCUT = 40;

/** Creates a canned reply, or edits the one given; closes with true when saved. */
@Component({
  selector: 'sd-canned-reply-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>{{ reply ? 'Edit canned reply' : 'New canned reply' }}</h2>
    <form (submit)="$event.preventDefault(); save()">
      <mat-dialog-content>
        <mat-form-field class="full">
          <mat-label>Shortcut</mat-label>
          <span matTextPrefix>/</span>
          <input matInput [value]="shortcut()" (input)="shortcut.set($any($event.target).value)" [attr.maxlength]="maxShortcut" data-testid="canned-shortcut" />
          <mat-hint>Agents type /{{ shortcut().trim() || 'shipping' }} in the composer</mat-hint>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Reply</mat-label>
          <textarea matInput rows="5" [value]="text()" (input)="text.set($any($event.target).value)" [attr.maxlength]="maxText" data-testid="canned-text"></textarea>
          <mat-hint align="end">{{ text().length }} / {{ maxText }}</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[touched() && problem(), saveState.failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Save" submitTestId="canned-save" [disabled]="saveState.saving()" />
    </form>
  `,
  styles: `
    .full {
      width: min(480px, 100%);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CannedReplyDialog {
  private readonly apollo = inject(Apollo);
  private readonly ref = inject<MatDialogRef<CannedReplyDialog, boolean>>(MatDialogRef);
  protected readonly reply = inject<CannedReply | null>(MAT_DIALOG_DATA);
  protected readonly maxShortcut = MAX_SHORTCUT;
  protected readonly maxText = MAX_MESSAGE_LENGTH;

  protected readonly shortcut = signal(this.reply?.shortcut ?? '');
  protected readonly text = signal(this.reply?.text ?? '');
  protected readonly problem = computed(() => {
    if (!/^[a-z0-9-]{1,40}$/i.test(this.shortcut().trim().replace(/^\//, ''))) return 'A shortcut is one word of letters, digits or dashes';
    return this.text().trim() ? null : 'Write the reply';
  });
  protected readonly touched = signal(false);
  protected readonly saveState = new SaveState();

  protected async save(): Promise<void> {
    this.touched.set(true);
    if (this.problem()) return;
    await this.saveState.run(async () => {
      const input = { ...(this.reply ? { id: this.reply.id } : {}), shortcut: this.shortcut().trim().replace(/^\//, ''), text: this.text().trim() };
      await firstValueFrom(this.apollo.mutate({ mutation: SAVE_CANNED_REPLY, variables: { input } }));
      this.ref.close(true);
    }, 'The reply wasn’t saved. Check your connection and try again.');
  }
}
