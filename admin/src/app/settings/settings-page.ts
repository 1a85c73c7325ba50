import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

const TABS = [
  { path: 'store', label: 'Store' },
  { path: 'widget', label: 'Widget' },
  { path: 'hours', label: 'Business hours' },
  { path: 'checkout', label: 'Checkout' },
  { path: 'canned-replies', label: 'Canned replies' },
  { path: 'api-keys', label: 'API keys' },
] as const;

/** The store's settings, one tab per area; the open tab is part of the URL. */
@Component({
  selector: 'sd-settings-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="page-header">
      <h1>Settings</h1>
      <p class="subtitle">Your store, its chat widget, opening hours, checkout and the keys integrations use.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" [tabPanel]="panel" aria-label="Settings sections">
      @for (tab of tabs; track tab.path) {
        <a mat-tab-link [routerLink]="tab.path" routerLinkActive #active="routerLinkActive" [active]="active.isActive" [attr.data-testid]="'tab-' + tab.path">
          {{ tab.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  protected readonly tabs = TABS;
}
