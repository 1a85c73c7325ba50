import type { Routes } from '@angular/router';
import { provideCharts, withDefaultRegisterables } from 'ng2-charts';
import { DashboardPage } from './dashboard-page';

// Chart.js is registered for this lazy route only, so the rest of the app does not load it.
export const DASHBOARD_ROUTES: Routes = [{ path: '', component: DashboardPage, providers: [provideCharts(withDefaultRegisterables())] }];
