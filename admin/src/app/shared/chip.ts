import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';

/**
 * What a status means for the person reading it: waiting on someone else (info), under way
 * (progress), done (success), needing attention (warning), failed or stopped (error), or nothing
 * to act on (neutral).
 */
export type ChipTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'error';

/** A small coloured label for a status; the feature names the status and picks its tone. */
@Component({
  selector: 'sd-chip',
  template: `<ng-content />`,
  host: { '[attr.data-tone]': 'tone()', '[class.dense]': 'dense()' },
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      height: 22px;
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-small);
      font: var(--mat-sys-label-small);
      letter-spacing: 0.02em;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.dense) {
      display: inline;
      height: auto;
      letter-spacing: inherit;
      white-space: inherit;
    }
    :host([data-tone='info']) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host([data-tone='progress']) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host([data-tone='success']) {
      background: var(--sd-resolved-container);
      color: var(--sd-on-resolved-container);
    }
    :host([data-tone='warning']) {
      background: var(--sd-waiting-container);
      color: var(--sd-on-waiting-container);
    }
    :host([data-tone='error']) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Chip {
  readonly tone = input<ChipTone>('neutral');
  /** Only as tall as its text, for the rows of a dense table or list. */
  readonly dense = input(false, { transform: booleanAttribute });
}
