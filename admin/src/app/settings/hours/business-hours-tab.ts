import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { SaveState } from '../save-state';
import { SettingsFeedback } from '../settings-feedback';
import { SettingsPermissions } from '../settings-permissions';
import { daysOf, rowProblem, rowsOf, type DayRow } from './business-hours-rows';
import { BUSINESS_HOURS, UPDATE_BUSINESS_HOURS, type BusinessHours } from './business-hours.graphql';

const MAX_OFFLINE_MESSAGE = 300;

/** When the team answers chats: a range per weekday in the store's time zone, and what the widget says outside it. */
@Component({
  selector: 'sd-business-hours-tab',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSlideToggleModule],
  templateUrl: './business-hours-tab.html',
  styleUrls: ['../settings-section.scss', './business-hours-tab.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BusinessHoursTab {
  private readonly apollo = inject(Apollo);
  private readonly feedback = inject(SettingsFeedback);
  protected readonly canEdit = inject(SettingsPermissions).canManageStore;
  protected readonly maxOfflineMessage = MAX_OFFLINE_MESSAGE;

  protected readonly hours = rxResource({
    stream: () => this.apollo.query({ query: BUSINESS_HOURS, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.businessHours)),
  });

  protected readonly enabled = signal(false);
  protected readonly rows = signal<readonly DayRow[]>(rowsOf([]));
  protected readonly offlineMessage = signal('');
  protected readonly timeZone = signal('UTC');
  protected readonly problems = computed(() => this.rows().map(rowProblem));
  protected readonly invalid = computed(() => this.problems().some(Boolean) || this.offlineMessage().length > MAX_OFFLINE_MESSAGE);
  protected readonly saveState = new SaveState();

  constructor() {
    effect(() => {
      const hours = this.hours.value();
      if (hours) this.show(hours);
    });
  }

  protected updateRow(index: number, change: Partial<DayRow>): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected async save(): Promise<void> {
    if (this.invalid()) return;
    const input = { enabled: this.enabled(), days: daysOf(this.rows()), offlineMessage: this.offlineMessage().trim() };
    const saved = await this.saveState.run(async () => {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_BUSINESS_HOURS, variables: { input } }));
      this.show(result.data!.updateBusinessHours);
    }, 'The business hours weren’t saved. Check your connection and try again.');
    if (saved) this.feedback.tell('Business hours saved');
  }

  private show(hours: BusinessHours): void {
    this.enabled.set(hours.enabled);
    this.rows.set(rowsOf(hours.days));
    this.offlineMessage.set(hours.offlineMessage);
    this.timeZone.set(hours.timeZone);
  }
}
