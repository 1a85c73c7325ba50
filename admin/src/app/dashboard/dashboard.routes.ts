import type { Routes } from '@angular/router';
import { DashboardPage } from './dashboard-page';

export const DASHBOARD_ROUTES: Routes = [{ path: '', component: DashboardPage }];
