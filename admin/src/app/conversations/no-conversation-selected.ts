import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../shared/empty-state';

@Component({
  selector: 'sd-no-conversation-selected',
  imports: [EmptyState],
  template: `
    <sd-empty-state icon="chat" heading="No conversation selected">
      Pick a conversation from the list to read it. New messages appear here as they arrive.
    </sd-empty-state>
  `,
  styles: `
    :host {
      display: grid;
      place-items: center;
      height: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoConversationSelected {}
