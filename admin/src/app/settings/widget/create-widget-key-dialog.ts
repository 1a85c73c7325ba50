import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogActions } from '../../shared/dialog-actions';
import { FormProblems } from '../../shared/form-problems';
import { SaveState } from '../save-state';
import { parseOrigins } from './install-snippet';
import { CREATE_WIDGET_KEY, type WidgetKey } from './widget.graphql';

/** A new public key for the sites listed; closes with the key when created. */
@Component({
  selector: 'sd-create-widget-key-dialog',
  imports: [DialogActions, FormProblems, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>New widget key</h2>
    <form (submit)="$event.preventDefault(); create()">
      <mat-dialog-content>
        <p>The chat only starts on the sites listed here.</p>
        <mat-form-field class="origins">
          <mat-label>Allowed sites</mat-label>
          <textarea
            matInput
            rows="3"
            [value]="text()"
            (input)="text.set($any($event.target).value)"
            placeholder="https://shop.example.com"
            data-testid="key-origins"
          ></textarea>
          <mat-hint>One per line; https://*.example.com allows every subdomain</mat-hint>
        </mat-form-field>
        <sd-form-problems [messages]="[touched() && problem(), saveState.failure()]" />
      </mat-dialog-content>
      <sd-dialog-actions submitLabel="Create key" submitTestId="key-create" [disabled]="saveState.saving()" />
    </form>
  `,
  styles: `
    .origins {
      width: min(440px, 100%);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateWidgetKeyDialog {
  private readonly apollo = inject(Apollo);
  private readonly ref = inject<MatDialogRef<CreateWidgetKeyDialog, WidgetKey>>(MatDialogRef);

  protected readonly text = signal('');
  protected readonly touched = signal(false);
  private readonly parsed = computed(() => parseOrigins(this.text()));
  protected readonly problem = computed(() => {
    const parsed = this.parsed();
    return 'problem' in parsed ? parsed.problem : null;
  });
  protected readonly saveState = new SaveState();

  protected async create(): Promise<void> {
    this.touched.set(true);
    const parsed = this.parsed();
    if ('problem' in parsed) return;
    await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: CREATE_WIDGET_KEY, variables: { input: { allowedOrigins: parsed.origins } } }));
      this.ref.close(result.data!.createWidgetKey);
    }, 'The key wasn’t created. Check your connection and try again.');
  }
}
