import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { CombinedGraphQLErrors } from '@apollo/client';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { ChatbotPermissions } from '../chatbot-permissions';
import { REPLY_LANGUAGES } from '../settings/assistant-settings.models';
import { ASSISTANT_PREVIEW, type AssistantPreview } from './playground.graphql';
import { argumentPairs, percent } from './preview-format';

interface Try {
  readonly id: number;
  readonly text: string;
  readonly locale: string;
  readonly preview: AssistantPreview;
}

const MAX_TEXT = 2000;

/** "Try your assistant": what it understands of a message and what it would answer, changing nothing. */
@Component({
  selector: 'sd-playground-page',
  imports: [DecimalPipe, EmptyState, MatButtonModule, MatChipsModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule, ReactiveFormsModule],
  templateUrl: './playground-page.html',
  styleUrl: './playground-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaygroundPage {
  private readonly apollo = inject(Apollo);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly canPreview = inject(ChatbotPermissions).canPreview;
  protected readonly languages = REPLY_LANGUAGES;
  protected readonly argumentPairs = argumentPairs;
  protected readonly percent = percent;
  protected readonly maxText = MAX_TEXT;

  protected readonly form = this.fb.group({
    // No "required": an emptied box after a try is not an error; the Ask button waits for text instead.
    text: ['', Validators.maxLength(MAX_TEXT)],
    locale: ['en'],
  });
  /** Newest first; kept only while the page is open. */
  protected readonly tries = signal<readonly Try[]>([]);
  protected readonly asking = signal(false);
  protected readonly problem = signal<string | null>(null);
  private nextId = 1;

  protected async ask(): Promise<void> {
    const { text, locale } = this.form.getRawValue();
    if (!text.trim() || this.form.invalid || this.asking()) return;
    this.asking.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.apollo.query({ query: ASSISTANT_PREVIEW, variables: { text: text.trim(), locale }, fetchPolicy: 'network-only' }));
      if (!result.data) throw new Error('The server did not answer');
      const preview = result.data.assistantPreview;
      this.tries.update((tries) => [{ id: this.nextId++, text: text.trim(), locale, preview }, ...tries]);
      this.form.controls.text.reset('');
    } catch (error) {
      this.problem.set(CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.message).join(' ') : 'The assistant didn’t answer. Check your connection and try again.');
    } finally {
      this.asking.set(false);
    }
  }

  protected askAgain(entry: Try): void {
    this.form.setValue({ text: entry.text, locale: entry.locale });
    document.getElementById('playground-text')?.focus();
  }

  protected clear(): void {
    this.tries.set([]);
  }
}
