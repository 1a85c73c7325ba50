import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormBuilder, type FormControl, type FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { CombinedGraphQLErrors } from '@apollo/client';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, startWith } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { LoadFailed } from '../../shared/load-failed';
import { ChatbotPermissions } from '../chatbot-permissions';
import { ASSISTANT_SETTINGS, TEST_ASSISTANT_CONNECTION, UPDATE_ASSISTANT_SETTINGS } from './assistant-settings.graphql';
import { type AssistantSettings, type ConnectionTest, PROVIDER_LABELS, type ProviderChoice, REPLY_LANGUAGES, TONES } from './assistant-settings.models';
import { formValueOf, keywordProblem, settingsInputOf, type SettingsFormValue, usageAgainst } from './settings-form';

type SettingsForm = FormGroup<{ [K in keyof SettingsFormValue]: FormControl<SettingsFormValue[K]> }>;

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** An own model needs its address and name; the other providers ignore them. */
function endpointRequired(group: AbstractControl): ValidationErrors | null {
  const { provider, baseUrl, model } = (group as SettingsForm).getRawValue();
  if (provider !== 'OPENAI') return null;
  return baseUrl.trim() && model.trim() ? null : { endpoint: true };
}

function keywordsValid(control: AbstractControl<string>): ValidationErrors | null {
  const problem = keywordProblem(control.value ?? '');
  return problem ? { keywords: problem } : null;
}

/** The assistant's voice, languages, model, handoff rules and daily budgets, with today's usage. */
@Component({
  selector: 'sd-assistant-settings-page',
  imports: [
    EmptyState,
    LoadFailed,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
  ],
  templateUrl: './assistant-settings-page.html',
  styleUrl: './assistant-settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssistantSettingsPage {
  private readonly apollo = inject(Apollo);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly snackBar = inject(MatSnackBar);

  protected readonly canManage = inject(ChatbotPermissions).canManage;
  protected readonly languages = REPLY_LANGUAGES;
  protected readonly providers = Object.entries(PROVIDER_LABELS) as [ProviderChoice, string][];
  protected readonly usageAgainst = usageAgainst;

  // Params of undefined leave the resource idle: staff who may not read the settings are not refused by the server.
  protected readonly data = rxResource({
    params: () => (this.canManage() ? {} : undefined),
    stream: () =>
      this.apollo.query({ query: ASSISTANT_SETTINGS, fetchPolicy: 'network-only' }).pipe(
        map((result) => {
          if (!result.data) throw new Error('No assistant settings in the response');
          return result.data;
        }),
      ),
  });
  /** Replaced by what the server answers after a save. */
  protected readonly saved = signal<AssistantSettings | null>(null);
  protected readonly usage = computed(() => (this.data.hasValue() ? this.data.value().assistantUsage : null));

  protected readonly form: SettingsForm = this.fb.group(
    {
      persona: ['', Validators.maxLength(500)],
      tone: ['friendly'],
      greeting: ['', Validators.maxLength(500)],
      offTopicReply: ['', Validators.maxLength(500)],
      languages: this.fb.control<readonly string[]>(['en'], Validators.required),
      provider: this.fb.control<ProviderChoice>('PLATFORM'),
      baseUrl: ['', [Validators.maxLength(300), Validators.pattern(URL_PATTERN)]],
      model: ['', Validators.maxLength(100)],
      apiKey: ['', Validators.maxLength(500)],
      removeApiKey: [false],
      handoffOnNegativeSentiment: [false],
      handoffSentimentThreshold: this.fb.control<number | null>(-0.5, [Validators.required, Validators.min(-1), Validators.max(0)]),
      handoffAfterUnresolvedTurns: this.fb.control<number | null>(0, [Validators.required, Validators.min(0), Validators.max(20)]),
      handoffKeywords: ['', keywordsValid],
      visitorMessagesPerDay: this.fb.control<number | null>(null, Validators.min(1)),
      tenantMessagesPerDay: this.fb.control<number | null>(null, Validators.min(1)),
      dailyTokenBudget: this.fb.control<number | null>(null, Validators.min(0)),
    },
    { validators: endpointRequired },
  );
  private readonly formValue = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), { initialValue: this.form.getRawValue() });
  private readonly status = toSignal(this.form.statusChanges.pipe(startWith(this.form.status)), { initialValue: this.form.status });
  protected readonly invalid = computed(() => this.status() === 'INVALID');
  /** Re-read on each value change; a reset makes it false again. */
  protected readonly dirty = computed(() => {
    this.formValue();
    return this.form.dirty;
  });
  protected readonly provider = computed(() => this.formValue().provider);
  protected readonly replacingKey = signal(false);
  protected readonly toneOptions = computed(() => {
    const tone = this.saved()?.tone;
    return tone && !TONES.some((t) => t.value === tone) ? [...TONES, { value: tone, label: tone }] : TONES;
  });

  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly testing = signal(false);
  protected readonly connection = signal<ConnectionTest | null>(null);

  constructor() {
    effect(() => {
      if (this.data.hasValue()) this.reset(this.data.value().assistantSettings);
    });
  }

  protected replaceKey(): void {
    this.replacingKey.set(true);
    this.form.controls.removeApiKey.setValue(false);
    this.form.markAsDirty();
  }

  protected removeKey(): void {
    this.replacingKey.set(false);
    this.form.patchValue({ apiKey: '', removeApiKey: true });
    this.form.markAsDirty();
  }

  protected discard(): void {
    const saved = this.saved();
    if (saved) this.reset(saved);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: UPDATE_ASSISTANT_SETTINGS, variables: { input: settingsInputOf(this.form.getRawValue()) } }));
      if (!result.data) throw new Error('The server did not answer');
      this.reset(result.data.updateAssistantSettings);
      this.connection.set(null);
      this.snackBar.open('Chatbot settings saved', undefined, { duration: 3000 });
    } catch (error) {
      this.saveError.set(
        CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message).join(' ') : 'The settings didn’t save. Check your connection and try again.',
      );
    } finally {
      this.saving.set(false);
    }
  }

  protected async testConnection(): Promise<void> {
    if (this.testing()) return;
    this.testing.set(true);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: TEST_ASSISTANT_CONNECTION }));
      this.connection.set(result.data?.testAssistantConnection ?? null);
    } catch {
      this.connection.set({ ok: false, provider: '', latencyMs: 0, message: 'The test could not run. Check your connection and try again.' });
    } finally {
      this.testing.set(false);
    }
  }

  private reset(settings: AssistantSettings): void {
    this.saved.set(settings);
    this.replacingKey.set(false);
    this.form.reset(formValueOf(settings));
  }
}
