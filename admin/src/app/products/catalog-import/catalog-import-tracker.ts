import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { type Observable, catchError, filter, firstValueFrom, last, map, merge, scan, switchMap, takeWhile, timer } from 'rxjs';
import type { CatalogImport } from '../catalog.models';
import { CATALOG_IMPORT, CATALOG_IMPORT_PROGRESS, IMPORT_CATALOG } from './catalog-import.graphql';
import { type CatalogFileFormat, isFinished, laterImportState } from './import-file';

const POLL_MS = 1_000;

/** Starts catalog imports and follows them to their end. */
@Injectable({ providedIn: 'root' })
export class CatalogImportTracker {
  private readonly apollo = inject(Apollo);

  async start(format: CatalogFileFormat, content: string, fileName: string): Promise<CatalogImport> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: IMPORT_CATALOG, variables: { input: { format, content, fileName } } }));
    if (!result.data) throw new Error('The server did not answer');
    return result.data.importCatalog;
  }

  /**
   * The stored import first (it carries the file name), then the live progress, completing when
   * the import has finished. Should the live connection fail, the import is polled instead, so
   * the bar still reaches its end.
   */
  follow(id: string): Observable<CatalogImport> {
    const live$ = this.apollo.subscribe({ query: CATALOG_IMPORT_PROGRESS, variables: { importId: id } }).pipe(
      map((result) => result.data?.catalogImportProgress),
      filter((job): job is CatalogImport => !!job),
      catchError(() => timer(0, POLL_MS).pipe(switchMap(() => this.fetch(id)))),
    );
    return merge(this.fetch(id), live$).pipe(
      scan((current: CatalogImport | null, next: CatalogImport) => laterImportState(current, next), null),
      filter((job): job is CatalogImport => job !== null),
      takeWhile((job) => !isFinished(job.status), true),
    );
  }

  /** Starts an import and resolves with how it ended. */
  async run(format: CatalogFileFormat, content: string, fileName: string): Promise<CatalogImport> {
    const started = await this.start(format, content, fileName);
    return firstValueFrom(this.follow(started.id).pipe(last()));
  }

  private fetch(id: string): Observable<CatalogImport> {
    return this.apollo.query({ query: CATALOG_IMPORT, variables: { id }, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        if (!result.data) throw new Error('No import in the response');
        return result.data.catalogImport;
      }),
    );
  }
}
