import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { QuickReply } from '@shopdesk/shared';

/** Answers the visitor could tap; staff only see what was offered. */
@Component({
  selector: 'sd-quick-replies-block',
  template: `
    <span class="label">Suggested to the visitor</span>
    <ul class="chips">
      @for (reply of replies(); track $index) {
        <li class="chip" data-testid="quick-reply" [attr.title]="reply.text">{{ reply.label }}</li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .label {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding: 2px 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-full);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickRepliesBlock {
  readonly replies = input.required<readonly QuickReply[]>();
}
