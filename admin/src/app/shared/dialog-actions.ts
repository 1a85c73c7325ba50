import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';

/**
 * The button row of a dialog form: one that closes the dialog and the form's submit button. Place it
 * inside the `<form>`, after `<mat-dialog-content>`; the form's own submit handler does the work.
 */
@Component({
  selector: 'sd-dialog-actions',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ cancelLabel() }}</button>
      <button mat-flat-button type="submit" [class.danger]="danger()" [disabled]="disabled()" [attr.data-testid]="submitTestId()">{{ submitLabel() }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    @use './styles/dialog';

    :host {
      display: contents;
    }
    .danger {
      @include dialog.danger-button;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogActions {
  readonly submitLabel = input.required<string>();
  readonly submitTestId = input<string>();
  readonly cancelLabel = input('Cancel');
  readonly disabled = input(false);
  /** For a step that cannot be undone. */
  readonly danger = input(false, { transform: booleanAttribute });
}
