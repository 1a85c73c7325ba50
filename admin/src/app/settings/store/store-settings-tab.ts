import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { SaveState } from '../save-state';
import { SettingsFeedback } from '../settings-feedback';
import { SettingsPermissions } from '../settings-permissions';
import { STORE_PROFILE, UPDATE_STORE } from './store-settings.graphql';
import { matchingTimeZones, TIME_ZONES } from './time-zones';

/** The store's name and the time zone its business hours and reports are read in. */
@Component({
  selector: 'sd-store-settings-tab',
  imports: [MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule],
  template: `
    <section class="section" aria-labelledby="store-heading">
      <h2 id="store-heading">Store</h2>
      <p class="hint">The name shoppers see in the chat, and the time zone your business hours are read in.</p>
      @if (profile.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      } @else if (profile.error()) {
        <p class="problem" role="alert">The store settings didn’t load. Reload the page to try again.</p>
      } @else {
        @if (!canEdit()) {
          <p class="read-only">Only owners and admins can change these.</p>
        }
        <form [formGroup]="form" (ngSubmit)="save()">
          <div class="fields">
            <mat-form-field>
              <mat-label>Store name</mat-label>
              <input matInput formControlName="name" maxlength="120" data-testid="store-name-input" />
              @if (form.controls.name.hasError('required') || form.controls.name.hasError('minlength')) {
                <mat-error>Give the store a name of at least 2 characters</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>Time zone</mat-label>
              <input matInput formControlName="timeZone" [matAutocomplete]="zones" data-testid="store-time-zone" />
              <mat-autocomplete #zones="matAutocomplete">
                @for (zone of zoneOptions(); track zone) {
                  <mat-option [value]="zone">{{ zone }}</mat-option>
                }
              </mat-autocomplete>
              <mat-hint>Address: {{ profile.value()?.slug }}</mat-hint>
              @if (form.controls.timeZone.hasError('unknownZone')) {
                <mat-error>Pick a time zone from the list, e.g. Europe/Berlin</mat-error>
              }
            </mat-form-field>
          </div>
          @if (saveState.failure(); as message) {
            <p class="problem" role="alert">{{ message }}</p>
          }
          @if (canEdit()) {
            <div class="actions">
              <button mat-flat-button type="submit" [disabled]="saveState.saving() || form.invalid || form.pristine" data-testid="store-save">Save</button>
            </div>
          }
        </form>
      }
    </section>
  `,
  styleUrl: '../settings-section.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreSettingsTab {
  private readonly apollo = inject(Apollo);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canEdit = inject(SettingsPermissions).canManageStore;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(120)]],
    timeZone: ['UTC', [(control: { value: string }) => (TIME_ZONES.includes(control.value) ? null : { unknownZone: true })]],
  });
  private readonly typedZone = toSignal(this.form.controls.timeZone.valueChanges, { initialValue: '' });
  protected readonly zoneOptions = computed(() => matchingTimeZones(TIME_ZONES.includes(this.typedZone()) ? '' : this.typedZone()));

  protected readonly profile = rxResource({
    stream: () => this.apollo.query({ query: STORE_PROFILE, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.store)),
  });
  protected readonly saveState = new SaveState();

  constructor() {
    effect(() => {
      const store = this.profile.value();
      if (store) this.form.reset({ name: store.name, timeZone: store.timeZone });
    });
    effect(() => (this.canEdit() ? this.form.enable() : this.form.disable()));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) return;
    const { name, timeZone } = this.form.getRawValue();
    const saved = await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_STORE, variables: { input: { name: name.trim(), timeZone } } }));
      const store = result.data!.updateStore;
      this.form.reset({ name: store.name, timeZone: store.timeZone });
    }, 'The store settings weren’t saved. Check your connection and try again.');
    if (saved) this.feedback.tell('Store settings saved');
  }
}
