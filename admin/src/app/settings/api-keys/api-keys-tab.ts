import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, of } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import type { ConfirmData } from '../../shared/confirm-dialog';
import { SettingsFeedback } from '../settings-feedback';
import { SettingsPermissions } from '../settings-permissions';
import { API_KEYS, REVOKE_API_KEY, type ApiKey } from './api-keys.graphql';
import { CreateApiKeyDialog } from './create-api-key-dialog';

/** Secret keys integrations call the API with: their scopes and use, creation (secret shown once) and revocation. */
@Component({
  selector: 'sd-api-keys-tab',
  imports: [DatePipe, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './api-keys-tab.html',
  styleUrls: ['../settings-section.scss', './api-keys-tab.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiKeysTab {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canManage = inject(SettingsPermissions).canManageApiKeys;

  protected readonly keys = rxResource({
    params: () => this.canManage(),
    stream: ({ params: allowed }) =>
      allowed ? this.apollo.query({ query: API_KEYS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.apiKeys)) : of([]),
  });
  protected readonly activeKeys = computed(() => (this.keys.value() ?? []).filter((k) => !k.revokedAt));

  protected async create(): Promise<void> {
    const created = await firstValueFrom(this.dialog.open<CreateApiKeyDialog, void, boolean>(CreateApiKeyDialog, { width: '560px' }).afterClosed());
    if (created) this.keys.reload();
  }

  protected async revoke(key: ApiKey): Promise<void> {
    const data: ConfirmData = {
      title: `Revoke “${key.name}”?`,
      body: `Requests with ${key.prefix}… are refused from now on. This cannot be undone.`,
      confirm: 'Revoke',
    };
    if (!(await this.feedback.confirm(data))) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: REVOKE_API_KEY, variables: { id: key.id } })),
      `${key.name} revoked`,
      'The key wasn’t revoked. Check your connection and try again.',
    );
    this.keys.reload();
  }
}
