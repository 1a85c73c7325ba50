import type { Routes } from '@angular/router';
import { NoReportSelected } from './no-report-selected';
import { ReportView } from './report-view';
import { ReportsPage } from './reports-page';

export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    component: ReportsPage,
    children: [
      { path: '', component: NoReportSelected },
      { path: ':id', component: ReportView },
    ],
  },
];
