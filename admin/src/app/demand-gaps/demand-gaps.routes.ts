import type { Routes } from '@angular/router';
import { DemandGapsPage } from './demand-gaps-page';

export const DEMAND_GAPS_ROUTES: Routes = [{ path: '', component: DemandGapsPage }];
