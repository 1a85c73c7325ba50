import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { AuthSession } from '../../core/auth/auth-session';
import { SaveState } from '../save-state';
import { SettingsFeedback } from '../settings-feedback';
import { SettingsPermissions } from '../settings-permissions';
import { UPDATE_WIDGET_APPEARANCE, WIDGET_APPEARANCE, type WidgetAppearance } from './widget.graphql';
import { WidgetPreview } from './widget-preview';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

/** How the chat looks on the storefront, with a preview that follows the form as it is typed. */
@Component({
  selector: 'sd-widget-appearance-form',
  imports: [MatButtonModule, MatButtonToggleModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule, WidgetPreview],
  templateUrl: './widget-appearance-form.html',
  styleUrls: ['../settings-section.scss', './widget-appearance-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WidgetAppearanceForm {
  private readonly apollo = inject(Apollo);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canEdit = inject(SettingsPermissions).canManageWidget;
  protected readonly storeName = inject(AuthSession).tenant()?.name ?? 'Your store';

  protected readonly form = inject(NonNullableFormBuilder).group({
    greeting: ['', [Validators.required, Validators.maxLength(300)]],
    primaryColor: ['#4f46e5', [Validators.required, Validators.pattern(HEX_COLOUR)]],
    position: ['right' as WidgetAppearance['position']],
    assistantName: ['', [Validators.required, Validators.maxLength(40)]],
    avatarUrl: ['', [Validators.maxLength(500), Validators.pattern(HTTPS_URL)]],
    launcherText: ['', [Validators.required, Validators.maxLength(40)]],
  });
  protected readonly preview = toSignal(this.form.valueChanges.pipe(map(() => this.appearanceOfForm())), { initialValue: this.appearanceOfForm() });

  protected readonly appearance = rxResource({
    stream: () => this.apollo.query({ query: WIDGET_APPEARANCE, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.widgetAppearance)),
  });
  protected readonly saveState = new SaveState();

  constructor() {
    effect(() => {
      const appearance = this.appearance.value();
      if (appearance) this.show(appearance);
    });
    effect(() => (this.canEdit() ? this.form.enable() : this.form.disable()));
  }

  /** The colour picker and the text field edit the same value; the picker only sends valid colours. */
  protected pickColour(value: string): void {
    this.form.controls.primaryColor.setValue(value);
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return;
    const input = this.appearanceOfForm();
    const saved = await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_WIDGET_APPEARANCE, variables: { input } }));
      this.show(result.data!.updateWidgetAppearance);
    }, 'The widget look wasn’t saved. Check your connection and try again.');
    if (saved) this.feedback.tell('Widget look saved');
  }

  private show(appearance: WidgetAppearance): void {
    this.form.reset({ ...appearance, avatarUrl: appearance.avatarUrl ?? '' });
  }

  private appearanceOfForm(): WidgetAppearance {
    const value = this.form.getRawValue();
    return {
      greeting: value.greeting.trim(),
      primaryColor: value.primaryColor.toLowerCase(),
      position: value.position,
      assistantName: value.assistantName.trim(),
      avatarUrl: value.avatarUrl.trim() || null,
      launcherText: value.launcherText.trim(),
    };
  }
}
