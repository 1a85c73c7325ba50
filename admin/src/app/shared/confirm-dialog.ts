import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmData {
  readonly title: string;
  readonly body: string;
  /** The label of the button that goes ahead. */
  readonly confirm: string;
}

/** Asks before something that cannot be undone (deleting, revoking); closes with true to go ahead. */
@Component({
  selector: 'sd-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.body }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" data-testid="confirm">{{ data.confirm }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    @use './styles/dialog';

    p {
      margin: 0;
    }
    .danger {
      @include dialog.danger-button;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);

  /** Opens the dialog and resolves true only when the person chose to go ahead. */
  static async ask(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
    return (await firstValueFrom(dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data }).afterClosed())) === true;
  }
}
