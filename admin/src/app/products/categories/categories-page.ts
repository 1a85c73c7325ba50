import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { combineLatest, map } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { LoadFailed } from '../../shared/load-failed';
import { CATALOG_STRUCTURE } from '../catalog.graphql';
import { CATEGORY_COUNTS } from './categories.graphql';
import { CategoryBranch } from './category-branch';
import { buildCategoryTree } from './category-tree';

/** The category tree as imported, with how many products each holds. */
@Component({
  selector: 'sd-categories-page',
  imports: [CategoryBranch, EmptyState, LoadFailed, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
  template: `
    <nav class="crumbs" aria-label="Breadcrumb">
      <a mat-button routerLink="/products"><mat-icon svgIcon="arrow-back" />Products</a>
    </nav>
    <header class="page-header">
      <h1>Categories</h1>
      <p class="subtitle">Categories come from the <code>category</code> column of your imports. Pick one to see its products.</p>
    </header>
    <div class="progress" aria-hidden="true">
      @if (data.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    <section class="card" aria-label="Category tree">
      @if (data.status() === 'error') {
        <sd-load-failed heading="Categories didn’t load" (retry)="data.reload()" />
      } @else if (data.hasValue()) {
        @if (tree().length) {
          <sd-category-branch [nodes]="tree()" />
        } @else {
          <sd-empty-state icon="sell" heading="No categories yet">
            <p>Import products with a category such as <code>Men &gt; Tops &gt; Tees</code> and the tree appears here.</p>
          </sd-empty-state>
        }
      }
    </section>
  `,
  styles: `
    @use '../../shared/styles/page';

    @include page.sub-page($narrow-below: 600px, $max-width: 960px);

    .subtitle {
      @include page.subtitle;
    }
    .progress {
      height: 4px;
    }
    .card {
      padding: 8px;
      @include page.surface;
    }
    p {
      margin: 0;
    }
    code {
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoriesPage {
  private readonly apollo = inject(Apollo);

  protected readonly data = rxResource({
    stream: () =>
      combineLatest([
        this.apollo.query({ query: CATALOG_STRUCTURE, fetchPolicy: 'network-only' }),
        this.apollo.query({ query: CATEGORY_COUNTS, fetchPolicy: 'network-only' }),
      ]).pipe(map(([structure, counts]) => buildCategoryTree(structure.data?.categories ?? [], counts.data?.products.facets.categories ?? []))),
  });
  protected readonly tree = computed(() => (this.data.hasValue() ? this.data.value() : []));
}
