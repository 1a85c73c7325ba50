import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SettingsPermissions } from '../settings-permissions';
import { WidgetAppearanceForm } from './widget-appearance-form';
import { WidgetKeysPanel } from './widget-keys-panel';

/** The chat widget: its look for everyone who may see the store settings, its keys for those who manage them. */
@Component({
  selector: 'sd-widget-settings-tab',
  imports: [WidgetAppearanceForm, WidgetKeysPanel],
  template: `
    <sd-widget-appearance-form />
    @if (canManageKeys()) {
      <sd-widget-keys-panel />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WidgetSettingsTab {
  protected readonly canManageKeys = inject(SettingsPermissions).canManageWidget;
}
