import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ImageBlock as ImageBlockData } from '@shopdesk/shared';
import { isHttpsUrl } from './block-presentation';

/** A picture sent in the chat, small, opening full size in a new tab. */
@Component({
  selector: 'sd-image-block',
  template: `
    @let current = image();
    @if (safe()) {
      <a [href]="current.url" target="_blank" rel="noopener noreferrer" [attr.aria-label]="'Open image: ' + (current.alt || current.url)">
        <img [src]="current.url" [alt]="current.alt ?? ''" loading="lazy" data-testid="message-image" />
      </a>
    } @else {
      <span class="blocked">Image not shown: not an https address</span>
    }
  `,
  styles: `
    img {
      display: block;
      max-width: 240px;
      max-height: 180px;
      border-radius: var(--mat-sys-corner-medium);
      border: 1px solid var(--mat-sys-outline-variant);
      object-fit: contain;
      background: var(--mat-sys-surface-container-lowest);
    }
    .blocked {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImageBlock {
  readonly image = input.required<ImageBlockData>();
  protected readonly safe = computed(() => isHttpsUrl(this.image().url));
}
