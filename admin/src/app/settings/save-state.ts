import { signal } from '@angular/core';
import { failureMessage } from './failure-message';

/** A form's "saving…" flag and the sentence shown when its last save failed. */
export class SaveState {
  readonly saving = signal(false);
  readonly failure = signal<string | null>(null);

  /**
   * Runs `work` unless a save is already under way. A failure keeps the server's words for
   * refused input, `fallback` otherwise. Resolves true when the work succeeded.
   */
  async run(work: () => Promise<unknown>, fallback: string): Promise<boolean> {
    if (this.saving()) return false;
    this.saving.set(true);
    this.failure.set(null);
    try {
      await work();
      return true;
    } catch (error) {
      this.failure.set(failureMessage(error, fallback));
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}
