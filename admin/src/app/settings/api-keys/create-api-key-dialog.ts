import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DialogActions } from '../../shared/dialog-actions';
import { FormProblems } from '../../shared/form-problems';
import { SaveState } from '../save-state';
import { SettingsPermissions } from '../settings-permissions';
import { CREATE_API_KEY, type CreatedApiKey } from './api-keys.graphql';

/**
 * A new secret key for an integration, with the scopes it may use (at most the creator's own). The
 * secret is shown once, here; closes with true when a key was created.
 */
@Component({
  selector: 'sd-create-api-key-dialog',
  imports: [DialogActions, FormProblems, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule],
  templateUrl: './create-api-key-dialog.html',
  styleUrl: './create-api-key-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateApiKeyDialog {
  private readonly apollo = inject(Apollo);
  private readonly clipboard = inject(Clipboard);
  private readonly ref = inject<MatDialogRef<CreateApiKeyDialog, boolean>>(MatDialogRef);
  protected readonly scopes = inject(SettingsPermissions).grantableScopes;

  protected readonly name = signal('');
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = computed(() => {
    if (!this.name().trim()) return 'Name the key after the integration that uses it';
    return this.chosen().size ? null : 'Choose at least one scope';
  });
  protected readonly touched = signal(false);
  protected readonly saveState = new SaveState();
  protected readonly created = signal<CreatedApiKey | null>(null);
  protected readonly copied = signal(false);

  protected toggle(scope: string, on: boolean): void {
    this.chosen.update((scopes) => {
      const next = new Set(scopes);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
  }

  protected async create(): Promise<void> {
    this.touched.set(true);
    if (this.problem()) return;
    await this.saveState.run(async () => {
      const input = { name: this.name().trim(), scopes: this.scopes().filter((s) => this.chosen().has(s)) };
      const result = await firstValueFrom(this.apollo.mutate({ mutation: CREATE_API_KEY, variables: { input } }));
      this.created.set(result.data!.createApiKey);
      this.ref.disableClose = true;
    }, 'The key wasn’t created. Check your connection and try again.');
  }

  protected copy(secret: string): void {
    this.copied.set(this.clipboard.copy(secret));
  }

  protected done(): void {
    this.ref.close(true);
  }
}
