import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { combineLatest, map } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { CATALOG_STRUCTURE } from '../catalog.graphql';
import { CATEGORY_COUNTS } from './categories.graphql';
import { CategoryBranch } from './category-branch';
import { buildCategoryTree } from './category-tree';

/** The category tree as imported, with how many products each holds. */
@Component({
  selector: 'sd-categories-page',
  imports: [CategoryBranch, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink],
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
        <sd-empty-state icon="error" heading="Categories didn’t load">
          <button mat-stroked-button type="button" (click)="data.reload()"><mat-icon svgIcon="refresh" />Try again</button>
        </sd-empty-state>
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
    :host {
      display: block;
      padding: 16px 24px 32px;
      max-width: 960px;
      margin: 0 auto;
      box-sizing: border-box;
    }
    .crumbs {
      margin-left: -12px;
    }
    .page-header {
      margin: 8px 0 16px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    .subtitle {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .progress {
      height: 4px;
    }
    .card {
      padding: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface);
    }
    p {
      margin: 0;
    }
    code {
      padding: 0 4px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container);
    }
    @media (max-width: 600px) {
      :host {
        padding: 8px 12px 24px;
      }
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
