import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ConversationSummary } from '../conversation.models';
import { ConversationListItem } from './conversation-list-item';

/** The conversations, newest activity first, each linking to its transcript. */
@Component({
  selector: 'sd-conversation-list',
  imports: [ConversationListItem, RouterLink],
  template: `
    <ul data-testid="conversation-list" aria-label="Conversations">
      @for (conversation of conversations(); track conversation.id) {
        <li>
          <a
            sdConversationListItem
            [conversation]="conversation"
            [selected]="conversation.id === selectedId()"
            [now]="now()"
            [routerLink]="['/conversations', conversation.id]"
            queryParamsHandling="preserve"
            [attr.aria-current]="conversation.id === selectedId() ? 'page' : null"
          ></a>
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      display: flex;
      flex-direction: column;
      gap: 2px;
      margin: 0;
      padding: 4px 8px;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationList {
  readonly conversations = input.required<readonly ConversationSummary[]>();
  readonly selectedId = input<string | null>(null);
  readonly now = input.required<number>();
}
