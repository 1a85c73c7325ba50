import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChatMessage, MessageAuthorName } from '../conversation.models';
import { MessageBlocks } from './message-blocks/message-blocks';

const AUTHOR_LABELS: Readonly<Record<MessageAuthorName, string>> = {
  VISITOR: 'Visitor',
  BOT: 'Assistant',
  AGENT: 'Agent',
  SYSTEM: 'System',
};

/** One message: the visitor on the left, the store's side (assistant, agent) on the right, system notes centred. */
@Component({
  selector: 'sd-message-bubble',
  imports: [DatePipe, MessageBlocks],
  template: `
    @let item = message();
    @if (item.systemEvent === 'CONTACT_LEFT') {
      <p class="system contact" data-testid="contact-left">
        <span aria-hidden="true">✉</span>
        @if (visitorEmail(); as email) {
          Left after hours: reply by email to <a [href]="'mailto:' + email">{{ email }}</a>
        } @else {
          {{ item.text }}
        }
        · <time [attr.datetime]="item.createdAt">{{ item.createdAt | date: 'shortTime' }}</time>
      </p>
    } @else if (item.author === 'SYSTEM') {
      <p class="system">{{ item.text }} · <time [attr.datetime]="item.createdAt">{{ item.createdAt | date: 'shortTime' }}</time></p>
    } @else {
      <div class="meta">
        <span class="author">{{ authorLabel() }}</span>
        @if (item.internal) {
          <span class="note-label">Internal note · only your team sees this</span>
        }
        <time [attr.datetime]="item.createdAt" [attr.title]="item.createdAt | date: 'medium'">{{ item.createdAt | date: 'shortTime' }}</time>
      </div>
      <p class="bubble">{{ item.text }}</p>
      @if (item.blocks.length) {
        <sd-message-blocks [blocks]="item.blocks" />
      }
    }
  `,
  host: {
    'data-testid': 'message',
    '[attr.data-author]': 'message().author',
    '[attr.data-internal]': 'message().internal || null',
    '[attr.data-seq]': 'message().seq',
  },
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      max-width: min(75%, 560px);
      align-self: flex-start;
    }
    :host([data-author='BOT']),
    :host([data-author='AGENT']) {
      align-items: flex-end;
      align-self: flex-end;
    }
    :host([data-author='SYSTEM']) {
      align-self: center;
      align-items: center;
      max-width: 90%;
    }
    .meta {
      display: flex;
      gap: 8px;
      margin: 0 12px 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .author {
      font-weight: 600;
    }
    .bubble {
      margin: 0;
      padding: 10px 14px;
      border-radius: 18px 18px 18px 4px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    :host([data-author='BOT']) .bubble {
      border-radius: 18px 18px 4px 18px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host([data-author='AGENT']) .bubble {
      border-radius: 18px 18px 4px 18px;
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    :host([data-internal]) .bubble {
      border-radius: 12px;
      border: 1px dashed var(--sd-note-outline, #e0b400);
      background: var(--sd-note-container, #fff8e1);
      color: var(--sd-on-note-container, #3e2f00);
    }
    .note-label {
      font-style: italic;
    }
    .system {
      margin: 4px 0;
      padding: 4px 12px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
      text-align: center;
    }
    .system.contact {
      padding: 6px 14px;
      background: var(--sd-waiting-container);
      color: var(--sd-on-waiting-container);
      font: var(--mat-sys-label-large);
    }
    .contact a {
      color: inherit;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageBubble {
  readonly message = input.required<ChatMessage>();
  readonly visitorName = input<string>('');
  /** The address a visitor left after hours, shown with their CONTACT_LEFT notice. */
  readonly visitorEmail = input<string | null>(null);

  protected readonly authorLabel = computed(() => {
    const author = this.message().author;
    if (author === 'VISITOR' && this.visitorName()) return this.visitorName();
    if (author === 'AGENT' && this.message().authorName) return this.message().authorName;
    return AUTHOR_LABELS[author];
  });
}
