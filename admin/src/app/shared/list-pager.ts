import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ListParams, UrlListState } from './url-list-state';

/** The page position and paging buttons under a list kept in the URL; a reload deep in a list offers its first page instead of "Previous". */
@Component({
  selector: 'sd-list-pager',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <nav class="pager" aria-label="Pages">
      <span class="page-label">Page {{ list().pageNumber() }}</span>
      @if (!onFirstPage()) {
        @if (list().pageNumber() > 1) {
          <button mat-button type="button" (click)="list().previousPage()"><mat-icon svgIcon="chevron-left" />Previous</button>
        } @else {
          <button mat-button type="button" (click)="list().firstPage()"><mat-icon svgIcon="first-page" />First page</button>
        }
      }
      <button mat-button type="button" [disabled]="!hasNextPage()" (click)="list().nextPage(nextCursor())" data-testid="next-page">
        Next<mat-icon iconPositionEnd svgIcon="chevron-right" />
      </button>
    </nav>
  `,
  styles: `
    @use './styles/page';

    :host {
      display: block;
    }
    .pager {
      @include page.pager;
    }
    .page-label {
      margin-right: auto;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListPager {
  readonly list = input.required<Pick<UrlListState<ListParams>, 'params' | 'pageNumber' | 'previousPage' | 'firstPage' | 'nextPage'>>();
  readonly hasNextPage = input.required<boolean>();
  /** Where the next page starts. */
  readonly nextCursor = input<string | null>();
  protected readonly onFirstPage = computed(() => this.list().params().after === null);
}
