import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ChatbotPermissions } from './chatbot-permissions';

/** The assistant's settings, its knowledge base and a playground, one tab (and URL) each. */
@Component({
  selector: 'sd-chatbot-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="page-header">
      <h1>Chatbot</h1>
      <p class="subtitle">How your store’s assistant speaks, what it knows, and how it answers.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" [tabPanel]="panel" aria-label="Chatbot sections">
      @for (tab of tabs; track tab.path) {
        @if (!tab.manageOnly || canManage()) {
          <a mat-tab-link [routerLink]="tab.path" routerLinkActive #active="routerLinkActive" [active]="active.isActive" [attr.data-testid]="'tab-' + tab.path">{{ tab.label }}</a>
        }
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    @use '../shared/styles/page';

    :host {
      @include page.host(16px 24px 32px, $narrow-padding: 8px 12px 24px, $narrow-below: 700px);
    }
    .page-header {
      margin: 8px 0 8px;
    }
    h1 {
      @include page.title;
    }
    .subtitle {
      @include page.subtitle;
    }
    nav {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatbotPage {
  protected readonly canManage = inject(ChatbotPermissions).canManage;
  protected readonly tabs = [
    { path: 'settings', label: 'Settings', manageOnly: true },
    { path: 'knowledge', label: 'Knowledge base', manageOnly: true },
    { path: 'playground', label: 'Try your assistant', manageOnly: false },
  ] as const;
}
