import { provideEnvironmentInitializer } from '@angular/core';
import type { Routes } from '@angular/router';
import { registerSettingsIcons } from '../settings/settings-icons';
import { TeamPage } from './team-page';

export const TEAM_ROUTES: Routes = [{ path: '', providers: [provideEnvironmentInitializer(registerSettingsIcons)], component: TeamPage }];
