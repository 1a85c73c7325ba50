import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../shared/empty-state';

/** Shown beside the list until a report is opened. */
@Component({
  selector: 'sd-no-report-selected',
  imports: [EmptyState],
  template: `<sd-empty-state icon="bar-chart" heading="Pick a report" [level]="2"><p>Open a report from the list, or generate one now.</p></sd-empty-state>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoReportSelected {}
