import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NAV_SECTIONS } from '../shell/nav-sections';
import { EmptyState } from './empty-state';

/** The page of a section that is not available yet; the section name comes from the route data. */
@Component({
  selector: 'sd-section-placeholder',
  imports: [EmptyState],
  template: `
    <sd-empty-state [icon]="icon()" [heading]="section()" [level]="1">
      <p>{{ section() }} isn’t available yet. It will appear here as soon as it’s ready.</p>
    </sd-empty-state>
  `,
  styles: `
    :host {
      display: grid;
      place-items: center;
      min-height: 100%;
    }
    p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionPlaceholder {
  /** Bound from the route's `data.section`. */
  readonly section = input.required<string>();
  protected readonly icon = computed(() => NAV_SECTIONS.find((s) => s.label === this.section())?.icon ?? 'inbox');
}
