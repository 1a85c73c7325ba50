import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Tonal backgrounds with dark text, each above 4.5:1 contrast. */
const TONES = ['#d8e2ff', '#ffd8e4', '#c4eed0', '#ffdcc1', '#e8ddff', '#cde5ff'] as const;

/** A round initial for a visitor; the colour follows the visitor id so it stays the same everywhere. */
@Component({
  selector: 'sd-visitor-avatar',
  template: `{{ initial() }}`,
  host: {
    'aria-hidden': 'true',
    '[style.background]': 'tone()',
  },
  styles: `
    :host {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      color: #1a1c20;
      font: var(--mat-sys-title-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VisitorAvatar {
  readonly visitorId = input.required<string>();
  readonly name = input.required<string>();

  protected readonly initial = computed(() => this.name().trim().charAt(0).toUpperCase() || '?');
  protected readonly tone = computed(() => {
    let hash = 0;
    for (const char of this.visitorId()) hash = (hash * 31 + char.charCodeAt(0)) | 0;
    return TONES[Math.abs(hash) % TONES.length];
  });
}
