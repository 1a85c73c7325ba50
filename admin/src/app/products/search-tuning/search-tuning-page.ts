import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { LoadFailed } from '../../shared/load-failed';
import { StaffPermissions } from '../staff-permissions';
import { groupMisses, parseSynonyms } from './search-tuning';
import { SEARCH_TUNING, SET_SEARCH_SYNONYM, type SearchSynonym } from './search-tuning.graphql';

const MISSES_READ = 200;

/** The store's own synonyms, and what shoppers searched for without finding anything. */
@Component({
  selector: 'sd-search-tuning-page',
  imports: [DatePipe, LoadFailed, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, RouterLink],
  templateUrl: './search-tuning-page.html',
  styleUrl: './search-tuning-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchTuningPage {
  private readonly apollo = inject(Apollo);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly canEdit = inject(StaffPermissions).canEditCatalog;

  protected readonly data = rxResource({
    stream: () =>
      this.apollo.query({ query: SEARCH_TUNING, variables: { misses: MISSES_READ }, fetchPolicy: 'network-only' }).pipe(
        map((result) => {
          if (!result.data) throw new Error('No search settings in the response');
          return result.data;
        }),
      ),
  });
  /** Replaced by what the server answers after each change. */
  protected readonly synonyms = linkedSignal<readonly SearchSynonym[]>(() => (this.data.hasValue() ? this.data.value().searchSynonyms : []));
  protected readonly misses = computed(() => (this.data.hasValue() ? groupMisses(this.data.value().searchMisses) : []));

  protected readonly term = signal('');
  protected readonly words = signal('');
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected edit(entry: SearchSynonym): void {
    this.term.set(entry.term);
    this.words.set(entry.synonyms.join(', '));
    document.getElementById('synonym-term')?.focus();
  }

  protected startFromMiss(query: string): void {
    this.term.set(query);
    this.words.set('');
    document.getElementById('synonym-words')?.focus();
  }

  protected async save(): Promise<void> {
    const term = this.term().trim();
    const synonyms = parseSynonyms(this.words(), term);
    if (!term) return this.problem.set('Enter the word shoppers use');
    if (!synonyms.length) return this.problem.set('Enter at least one word that means the same');
    if (await this.store(term, synonyms)) {
      this.snackBar.open(`Searches for “${term}” also find ${synonyms.join(', ')}`, undefined, { duration: 4000 });
      this.term.set('');
      this.words.set('');
    }
  }

  protected async remove(entry: SearchSynonym): Promise<void> {
    if (await this.store(entry.term, [])) this.snackBar.open(`“${entry.term}” removed`, undefined, { duration: 3000 });
  }

  private async store(term: string, synonyms: string[]): Promise<boolean> {
    if (this.saving()) return false;
    this.saving.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.apollo.mutate({ mutation: SET_SEARCH_SYNONYM, variables: { input: { term, synonyms } } }));
      if (!result.data) throw new Error('The server did not answer');
      this.synonyms.set(result.data.setSearchSynonym);
      return true;
    } catch {
      this.problem.set('That didn’t save. Check your connection and try again.');
      return false;
    } finally {
      this.saving.set(false);
    }
  }
}
