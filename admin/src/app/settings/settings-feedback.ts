import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ConfirmDialog, type ConfirmData } from '../shared/confirm-dialog';
import { failureMessage } from './failure-message';

/** Asking before a change that cannot be undone, and saying how an in-place change went. */
@Injectable({ providedIn: 'root' })
export class SettingsFeedback {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  async confirm(data: ConfirmData): Promise<boolean> {
    return ConfirmDialog.ask(this.dialog, data);
  }

  /** Runs `work`, then shows `success` or why it failed (the server's words for refused input, `fallback` otherwise). */
  async attempt(work: () => Promise<unknown>, success: string, fallback: string): Promise<boolean> {
    try {
      await work();
      this.tell(success);
      return true;
    } catch (error) {
      this.snackBar.open(failureMessage(error, fallback), undefined, { duration: 5000 });
      return false;
    }
  }

  tell(message: string): void {
    this.snackBar.open(message, undefined, { duration: 3000 });
  }
}
