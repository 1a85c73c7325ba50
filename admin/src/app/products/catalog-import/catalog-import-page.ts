import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { map, tap } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import type { CatalogImport } from '../catalog.models';
import { StaffPermissions } from '../staff-permissions';
import { CATALOG_IMPORTS } from './catalog-import.graphql';
import { CatalogImportTracker } from './catalog-import-tracker';
import {
  type CatalogFileFormat,
  SAMPLE_CSV,
  detectFormat,
  fileProblem,
  importHeadline,
  isFinished,
  progressPercent,
  rowLabel,
} from './import-file';

const RECENT_IMPORTS = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ChosenFile {
  readonly name: string;
  readonly size: number;
  readonly format: CatalogFileFormat;
  readonly content: string;
}

/**
 * Upload a CSV or JSON catalog, follow it live to the end, and read the per-row report when it is
 * refused. The import being watched is in the URL (`?import=<id>`), so a reload keeps following it.
 */
@Component({
  selector: 'sd-catalog-import-page',
  imports: [DecimalPipe, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  templateUrl: './catalog-import-page.html',
  styleUrl: './catalog-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogImportPage {
  private readonly apollo = inject(Apollo);
  private readonly tracker = inject(CatalogImportTracker);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly canEdit = inject(StaffPermissions).canEditCatalog;
  protected readonly headline = importHeadline;
  protected readonly percent = progressPercent;
  protected readonly finished = isFinished;
  protected readonly rowLabel = rowLabel;
  protected readonly sampleHref = `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_CSV)}`;

  protected readonly importId = toSignal(
    this.route.queryParamMap.pipe(map((params) => {
      const id = params.get('import');
      return id && UUID.test(id) ? id : null;
    })),
    { initialValue: null },
  );

  protected readonly chosen = signal<ChosenFile | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly dragging = signal(false);
  protected readonly starting = signal(false);

  protected readonly recent = rxResource({
    stream: () =>
      this.apollo.query({ query: CATALOG_IMPORTS, variables: { first: RECENT_IMPORTS }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data?.catalogImports ?? [])),
  });

  protected readonly watched = rxResource({
    params: () => this.importId() ?? undefined,
    stream: ({ params: id }) =>
      this.tracker.follow(id).pipe(
        tap((job) => {
          if (isFinished(job.status)) this.recent.reload();
        }),
      ),
  });
  protected readonly job = computed(() => (this.watched.hasValue() ? this.watched.value() : null));
  protected readonly rowErrors = computed(() => this.job()?.errors ?? []);

  protected async choose(files: FileList | null | undefined): Promise<void> {
    this.problem.set(null);
    this.chosen.set(null);
    const file = files?.[0];
    if (!file) return;
    const early = fileProblem(file, null);
    if (early) {
      this.problem.set(early);
      return;
    }
    const content = await file.text();
    const problem = fileProblem(file, content);
    const format = detectFormat(file.name, content);
    if (problem || !format) {
      this.problem.set(problem ?? `${file.name} is neither CSV nor JSON.`);
      return;
    }
    this.chosen.set({ name: file.name, size: file.size, format, content });
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    void this.choose(event.dataTransfer?.files);
  }

  protected async start(): Promise<void> {
    const file = this.chosen();
    if (!file || this.starting()) return;
    this.starting.set(true);
    this.problem.set(null);
    try {
      const started = await this.tracker.start(file.format, file.content, file.name);
      this.chosen.set(null);
      await this.router.navigate([], { relativeTo: this.route, queryParams: { import: started.id } });
      this.recent.reload();
    } catch {
      this.problem.set('The file could not be sent. Check your connection and try again.');
    } finally {
      this.starting.set(false);
    }
  }

  protected open(job: CatalogImport): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { import: job.id } });
  }

  protected close(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { import: null } });
  }
}
