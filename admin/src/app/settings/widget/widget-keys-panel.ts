import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import type { ConfirmData } from '../../shared/confirm-dialog';
import { SettingsFeedback } from '../settings-feedback';
import { CreateWidgetKeyDialog } from './create-widget-key-dialog';
import { installSnippet } from './install-snippet';
import { REVOKE_WIDGET_KEY, WIDGET_KEYS, type WidgetKey } from './widget.graphql';

/** The store's widget keys: where each may be used, its install tag, its identity secret (hidden until asked). */
@Component({
  selector: 'sd-widget-keys-panel',
  imports: [DatePipe, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule],
  templateUrl: './widget-keys-panel.html',
  styleUrls: ['../settings-section.scss', './widget-keys-panel.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WidgetKeysPanel {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(SettingsFeedback);
  private readonly clipboard = inject(Clipboard);

  protected readonly keys = rxResource({
    stream: () => this.apollo.query({ query: WIDGET_KEYS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.widgetKeys)),
  });
  protected readonly activeKeys = computed(() => (this.keys.value() ?? []).filter((k) => !k.revokedAt));
  protected readonly revokedKeys = computed(() => (this.keys.value() ?? []).filter((k) => k.revokedAt));
  /** Keys whose identity secret is shown; hidden again on reload. */
  protected readonly revealed = signal<ReadonlySet<string>>(new Set());

  protected snippet(key: WidgetKey): string {
    return installSnippet(window.location.origin, key.publicKey);
  }

  protected copy(text: string, what: string): void {
    this.feedback.tell(this.clipboard.copy(text) ? `${what} copied` : 'Couldn’t copy; select the text and copy it instead');
  }

  protected toggleSecret(key: WidgetKey): void {
    this.revealed.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(key.id)) next.add(key.id);
      return next;
    });
  }

  protected async create(): Promise<void> {
    const created = await firstValueFrom(this.dialog.open<CreateWidgetKeyDialog, void, WidgetKey>(CreateWidgetKeyDialog).afterClosed());
    if (!created) return;
    this.feedback.tell('Widget key created: paste its tag into your store');
    this.keys.reload();
  }

  protected async revoke(key: WidgetKey): Promise<void> {
    const data: ConfirmData = {
      title: 'Revoke this widget key?',
      body: `The chat stops working on ${key.allowedOrigins.join(', ')} wherever ${key.publicKey} is installed. This cannot be undone.`,
      confirm: 'Revoke',
    };
    if (!(await this.feedback.confirm(data))) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: REVOKE_WIDGET_KEY, variables: { id: key.id } })),
      'Widget key revoked',
      'The key wasn’t revoked. Check your connection and try again.',
    );
    this.keys.reload();
  }
}
