import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
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
import { SettingsPermissions } from '../settings-permissions';
import { CANNED_REPLIES, DELETE_CANNED_REPLY, type CannedReply } from './canned-replies.graphql';
import { CannedReplyDialog } from './canned-reply-dialog';

/** Saved answers agents insert with a /shortcut in the conversation composer. */
@Component({
  selector: 'sd-canned-replies-tab',
  imports: [EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule],
  template: `
    <section class="section" aria-labelledby="canned-heading">
      <div class="heading-row">
        <div>
          <h2 id="canned-heading">Canned replies</h2>
          <p class="hint">Answers your team gives often. Type / and the shortcut in a conversation to insert one.</p>
        </div>
        @if (canEdit()) {
          <button mat-flat-button type="button" (click)="edit(null)" data-testid="canned-new"><mat-icon svgIcon="add" />New reply</button>
        }
      </div>
      @if (replies.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      } @else if (replies.error()) {
        <p class="problem" role="alert">The canned replies didn’t load. Reload the page to try again.</p>
      } @else if (!replies.value()?.length) {
        <sd-empty-state icon="chat" heading="No canned replies yet" />
      } @else {
        <ul class="replies">
          @for (reply of replies.value(); track reply.id) {
            <li data-testid="canned-row">
              <code class="shortcut">/{{ reply.shortcut }}</code>
              <p class="text">{{ reply.text }}</p>
              @if (canEdit()) {
                <span class="row-actions">
                  <button mat-icon-button type="button" (click)="edit(reply)" matTooltip="Edit" [attr.aria-label]="'Edit /' + reply.shortcut">
                    <mat-icon svgIcon="edit" />
                  </button>
                  <button mat-icon-button type="button" (click)="remove(reply)" matTooltip="Delete" [attr.aria-label]="'Delete /' + reply.shortcut">
                    <mat-icon svgIcon="delete" />
                  </button>
                </span>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styleUrls: ['../settings-section.scss', './canned-replies-tab.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CannedRepliesTab {
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canEdit = inject(SettingsPermissions).canEditCannedReplies;

  protected readonly replies = rxResource({
    stream: () => this.apollo.query({ query: CANNED_REPLIES, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.cannedReplies)),
  });

  protected async edit(reply: CannedReply | null): Promise<void> {
    const saved = await firstValueFrom(this.dialog.open<CannedReplyDialog, CannedReply | null, boolean>(CannedReplyDialog, { data: reply }).afterClosed());
    if (!saved) return;
    this.feedback.tell('Canned reply saved');
    this.replies.reload();
  }

  protected async remove(reply: CannedReply): Promise<void> {
    const data: ConfirmData = { title: `Delete /${reply.shortcut}?`, body: 'Agents can no longer insert this reply.', confirm: 'Delete' };
    if (!(await this.feedback.confirm(data))) return;
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: DELETE_CANNED_REPLY, variables: { id: reply.id } })),
      `/${reply.shortcut} deleted`,
      'The reply wasn’t deleted. Check your connection and try again.',
    );
    this.replies.reload();
  }
}
