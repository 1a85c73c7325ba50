import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { AuthSession } from '../core/auth/auth-session';
import type { SessionUser } from '../core/auth/auth.graphql';
import { NAV_SECTIONS } from './nav-sections';

/** Below this width the navigation becomes a drawer opened from the toolbar. */
const NARROW_LAYOUT = '(max-width: 959.98px)';

const ROLE_LABELS: Readonly<Record<SessionUser['role'], string>> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  MANAGER: 'Manager',
  AGENT: 'Agent',
};

/** The frame around every signed-in page: toolbar, side navigation and the page itself. */
@Component({
  selector: 'sd-shell',
  imports: [
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    MatTooltipModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthSession);
  private readonly drawer = viewChild.required(MatSidenav);

  protected readonly sections = NAV_SECTIONS;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly user = this.auth.user;
  protected readonly storeName = computed(() => this.auth.tenant()?.name ?? '');
  protected readonly userName = computed(() => {
    const user = this.user();
    return user?.name?.trim() || user?.email || '';
  });
  protected readonly initials = computed(() => initialsOf(this.userName()));
  protected readonly roleLabel = computed(() => {
    const role = this.user()?.role;
    return role ? ROLE_LABELS[role] : '';
  });

  protected closeDrawerOnNarrow(): void {
    if (this.narrow()) void this.drawer().close();
  }

  protected logout(): void {
    void this.auth.logout();
  }
}

function initialsOf(name: string): string {
  const words = name.split(/[\s@._-]+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}
