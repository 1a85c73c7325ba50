import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CategoryNode } from './category-tree';

/** One level of the category tree; each category links to its products. */
@Component({
  selector: 'sd-category-branch',
  imports: [RouterLink],
  template: `
    <ul role="list" [class.root]="root()">
      @for (node of nodes(); track node.category.id) {
        <li>
          <a class="category" [routerLink]="['/products']" [queryParams]="{ category: node.category.id }" data-testid="category">
            <span class="name">{{ node.category.name }}</span>
            <span class="count">{{ node.count }} {{ node.count === 1 ? 'product' : 'products' }}</span>
          </a>
          @if (node.children.length) {
            <sd-category-branch [nodes]="node.children" [root]="false" />
          }
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      margin: 0;
      padding: 0 0 0 20px;
      border-left: 1px solid var(--mat-sys-outline-variant);
      margin-left: 12px;
    }
    ul.root {
      padding: 0;
      border: 0;
      margin: 0;
    }
    .category {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 16px;
      padding: 8px 12px;
      border-radius: 8px;
      color: inherit;
      text-decoration: none;
    }
    .category:hover {
      background: var(--mat-sys-surface-container);
    }
    .name {
      font: var(--mat-sys-title-small);
    }
    .count {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CategoryBranch {
  readonly nodes = input.required<readonly CategoryNode[]>();
  readonly root = input(true);
}
