import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Chip, ChipTone } from '../shared/chip';
import type { ConversationStatusName } from './conversation.models';
import { STATUS_LABELS } from './status-filter';

/** Who the conversation is with: the assistant (info), the queue (warning), a person (progress), nobody any more (success). */
const TONES: Record<ConversationStatusName, ChipTone> = {
  BOT: 'info',
  WAITING_FOR_HUMAN: 'warning',
  ASSIGNED: 'progress',
  RESOLVED: 'success',
  SNOOZED: 'neutral',
};

/** A conversation's status as a chip; the host's `data-status` keeps the status as the API names it. */
@Component({
  selector: 'sd-status-chip',
  imports: [Chip],
  template: `<sd-chip [tone]="tone()">{{ label() }}</sd-chip>`,
  host: { '[attr.data-status]': 'status()' },
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<ConversationStatusName>();
  protected readonly label = computed(() => STATUS_LABELS[this.status()]);
  protected readonly tone = computed(() => TONES[this.status()]);
}
