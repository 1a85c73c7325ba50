import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';

export interface ConfirmDeleteDocumentData {
  readonly title: string;
}

/** The assistant stops quoting a deleted document at once and it cannot be restored; this asks first. */
@Component({
  selector: 'sd-confirm-delete-document-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>Delete “{{ data.title }}”?</h2>
    <mat-dialog-content>
      <p>The assistant stops answering from it right away. This cannot be undone.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">Cancel</button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" data-testid="confirm-delete">Delete</button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      margin: 0;
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDeleteDocumentDialog {
  protected readonly data = inject<ConfirmDeleteDocumentData>(MAT_DIALOG_DATA);
}
