import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { relativeTime } from '../../core/time/relative-time';
import type { ConversationSummary } from '../conversation.models';
import { StatusChip } from '../status-chip';
import { VisitorAvatar } from '../visitor-avatar';
import { waitsForEmailReply } from './email-contact';

/** One row of the conversation list; its host is the link that opens the conversation. */
@Component({
  selector: 'a[sdConversationListItem]',
  imports: [StatusChip, VisitorAvatar],
  template: `
    @let item = conversation();
    <sd-visitor-avatar [visitorId]="item.visitor.id" [name]="item.visitor.displayName" />
    <div class="text">
      <div class="top">
        <span class="name">{{ item.visitor.displayName }}</span>
        @if (emailContact()) {
          <span class="envelope" data-testid="email-contact" role="img" [attr.aria-label]="'Left an email: ' + item.visitor.email" [attr.title]="'Left an email: ' + item.visitor.email">✉</span>
        }
        @if (item.unreadCount > 0) {
          <span class="unread" data-testid="unread-count" [attr.aria-label]="item.unreadCount + ' unread'">{{ item.unreadCount }}</span>
        }
        <time class="time" [attr.datetime]="item.lastMessageAt" [attr.title]="time().long">
          <span aria-hidden="true">{{ time().short }}</span>
          <span class="sd-visually-hidden">{{ time().long }}</span>
        </time>
      </div>
      <div class="bottom">
        <span class="preview" [class.none]="!item.lastMessagePreview">{{ item.lastMessagePreview || 'No messages yet' }}</span>
        <sd-status-chip [status]="item.status" />
      </div>
      @if (item.assignee; as assignee) {
        <span class="assignee">With {{ assignee.name }}</span>
      }
    </div>
  `,
  host: {
    'data-testid': 'conversation-item',
    '[attr.data-conversation-id]': 'conversation().id',
    '[class.selected]': 'selected()',
  },
  styles: `
    :host {
      display: flex;
      gap: 12px;
      padding: 12px 16px;
      color: inherit;
      text-decoration: none;
      border-radius: var(--mat-sys-corner-large);
      transition: background-color 120ms ease;
    }
    :host(:hover) {
      background: var(--mat-sys-surface-container-high);
    }
    :host(.selected) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.selected) sd-visitor-avatar {
      box-shadow: 0 0 0 2px var(--mat-sys-surface);
    }
    :host(:focus-visible) {
      outline-offset: -2px;
    }
    .text {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .top,
    .bottom {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .name {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      font: var(--mat-sys-title-small);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .time {
      flex: none;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .preview {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
      text-overflow: ellipsis;
    }
.unread {
      flex: none;
      min-width: 20px;
      height: 20px;
      padding: 0 6px;
      box-sizing: border-box;
      border-radius: 10px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      font: var(--mat-sys-label-small);
      line-height: 20px;
      text-align: center;
    }
    .envelope {
      flex: none;
      padding: 0 6px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--sd-waiting-container);
      color: var(--sd-on-waiting-container);
      font: var(--mat-sys-label-large);
    }
    .assignee {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .preview.none {
      font-style: italic;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationListItem {
  readonly conversation = input.required<ConversationSummary>();
  readonly selected = input(false);
  /** Current time in ms, passed down so every row ages together. */
  readonly now = input.required<number>();

  protected readonly emailContact = computed(() => waitsForEmailReply(this.conversation()));
  protected readonly time = computed(() => relativeTime(this.conversation().lastMessageAt, this.now()));
}
