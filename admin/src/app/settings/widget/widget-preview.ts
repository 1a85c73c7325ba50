import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { textColourOn } from './launcher-colours';
import type { WidgetAppearance } from './widget.graphql';

/** A storefront corner as shoppers will see it: the open chat with the greeting above the launcher. */
@Component({
  selector: 'sd-widget-preview',
  template: `
    <div class="page" [class.left]="appearance().position === 'left'" role="img" [attr.aria-label]="description()" data-testid="widget-preview">
      <div class="panel">
        <div class="panel-header" [style.background]="appearance().primaryColor" [style.color]="textColour()">
          {{ storeName() }}
        </div>
        <div class="bubble-row">
          @if (appearance().avatarUrl; as avatar) {
            <img class="avatar" [src]="avatar" alt="" />
          } @else {
            <span class="avatar initial" [style.background]="appearance().primaryColor" [style.color]="textColour()">{{ initial() }}</span>
          }
          <div>
            <div class="name">{{ appearance().assistantName }}</div>
            <p class="bubble">{{ appearance().greeting }}</p>
          </div>
        </div>
      </div>
      <span class="launcher" [style.background]="appearance().primaryColor" [style.color]="textColour()" data-testid="preview-launcher">
        {{ appearance().launcherText }}
      </span>
    </div>
  `,
  styleUrl: './widget-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WidgetPreview {
  readonly appearance = input.required<WidgetAppearance>();
  readonly storeName = input.required<string>();

  protected readonly textColour = computed(() => textColourOn(this.appearance().primaryColor));
  protected readonly initial = computed(() => this.appearance().assistantName.trim().charAt(0).toUpperCase() || '?');
  protected readonly description = computed(
    () => `Preview: a ${this.appearance().primaryColor} “${this.appearance().launcherText}” button in the bottom ${this.appearance().position} corner`,
  );
}
