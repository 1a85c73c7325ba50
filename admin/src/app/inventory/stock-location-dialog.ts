import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogActions } from '../shared/dialog-actions';
import { FormProblems } from '../shared/form-problems';
import type { StockLocation } from './inventory.models';
import { CREATE_STOCK_LOCATION } from './inventory.graphql';
import { locationProblem, suggestLocationCode } from './location-code';

/** Adds a warehouse or shop that holds stock. Closes with the new location. */
@Component({
  selector: 'sd-stock-location-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Add a location</h2>
    <form (submit)="$event.preventDefault(); save()">
      <mat-dialog-content>
        <p class="subject">A warehouse, shop or other place that holds stock. Units are moved there with a transfer.</p>
        <mat-form-field>
          <mat-label>Name</mat-label>
          <input matInput [value]="name()" (input)="rename($any($event.target).value)" maxlength="120" data-testid="location-name" />
        </mat-form-field>
        <mat-form-field>
          <mat-label>Code</mat-label>
          <input matInput [value]="code()" (input)="editCode($any($event.target).value)" maxlength="40" data-testid="location-code" />
          <mat-hint>Short and unique, used in exports</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[submitted() && problem(), failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Add" submitTestId="location-save" [disabled]="saving()" />
    </form>
  `,
  styleUrl: './stock-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockLocationDialog {
  private readonly existing = inject<readonly StockLocation[]>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<StockLocationDialog, StockLocation>>(MatDialogRef);
  private readonly apollo = inject(Apollo);

  protected readonly name = signal('');
  protected readonly code = signal('');
  /** The code follows the name until someone types their own. */
  private codeEdited = false;
  protected readonly problem = computed(() => locationProblem(this.name(), this.code(), this.existing.map((l) => l.code)));
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected rename(name: string): void {
    this.name.set(name);
    if (!this.codeEdited || !this.code()) this.code.set(suggestLocationCode(name));
  }

  protected editCode(code: string): void {
    this.codeEdited = true;
    this.code.set(code.trim());
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.problem() || this.saving()) return;
    this.saving.set(true);
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({ mutation: CREATE_STOCK_LOCATION, variables: { input: { name: this.name().trim(), code: this.code() } } }),
      );
      if (!result.data) throw new Error('The server did not answer');
      this.ref.close(result.data.createStockLocation);
    } catch {
      this.failure.set('The location wasn’t added. Check your connection and try again.');
    } finally {
      this.saving.set(false);
    }
  }
}
