import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Why a form cannot be sent, or why sending it failed: one alert per message given; empty ones show nothing. */
@Component({
  selector: 'sd-form-problems',
  template: `
    @for (message of shown(); track $index) {
      <p class="problem" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .problem {
      margin: 0;
      color: var(--mat-sys-error);
      // A whole row when the form lays its fields out on a grid.
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormProblems {
  readonly messages = input.required<readonly (string | null | undefined | false)[]>();
  protected readonly shown = computed(() => this.messages().filter((message): message is string => !!message));
}
