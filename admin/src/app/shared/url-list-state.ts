import { computed, inject, signal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';

/** The part of a `ParamMap` a list reads its state from (a plain stand-in in unit tests). */
export type QueryParamReader = { get(name: string): string | null };

/** The least a list keeps in the URL: what it searches for and the cursor of the page shown. */
export interface ListParams {
  readonly search: string;
  /** Cursor of the page; null is the first page. */
  readonly after: string | null;
}

/** How one list reads its state from the query string and writes a changed state back. */
export interface ListUrlCodec<P extends ListParams> {
  readonly parse: (query: QueryParamReader) => P;
  /** The query parameters after `change`; a change that starts the list over drops the cursor. */
  readonly query: (current: P, change: Partial<P>) => Record<string, string | null>;
  /** Changes that keep the pages seen so far, so "Previous" still works after them; by default only a page change does. */
  readonly keepsPages?: (change: Partial<P>) => boolean;
}

/**
 * A list page's search, filters and page kept in the URL, so a filtered page can be shared,
 * reloaded and gone back to. It remembers the cursors of the pages before this one, so "Previous"
 * works; a reload deep in the list only offers the first page. Create it in a field initializer.
 */
export class UrlListState<P extends ListParams> {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly previousCursors = signal<readonly (string | null)[]>([]);

  readonly params: Signal<P>;
  readonly pageNumber = computed(() => (this.params().after ? this.previousCursors().length + 1 : 1));

  constructor(private readonly codec: ListUrlCodec<P>) {
    this.params = toSignal(this.route.queryParamMap.pipe(map(codec.parse)), { initialValue: codec.parse(this.route.snapshot.queryParamMap) });
  }

  navigate(change: Partial<P>): void {
    const keepsPages = this.codec.keepsPages ?? ((c: Partial<P>) => 'after' in c);
    if (!keepsPages(change)) this.previousCursors.set([]);
    void this.router.navigate([], { relativeTo: this.route, queryParams: this.codec.query(this.params(), change) });
  }

  searchFor(text: string): void {
    if (text.trim() !== this.params().search) this.navigate({ search: text.trim() } as Partial<P>);
  }

  nextPage(cursor: string | null | undefined): void {
    if (!cursor) return;
    this.previousCursors.update((cursors) => [...cursors, this.params().after]);
    this.navigate({ after: cursor } as Partial<P>);
  }

  previousPage(): void {
    const cursors = this.previousCursors();
    this.previousCursors.set(cursors.slice(0, -1));
    this.navigate({ after: cursors.length ? cursors[cursors.length - 1] : null } as Partial<P>);
  }

  firstPage(): void {
    this.navigate({ after: null } as Partial<P>);
  }
}
