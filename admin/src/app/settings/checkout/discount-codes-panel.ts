import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { EmptyState } from '../../shared/empty-state';
import { SettingsFeedback } from '../settings-feedback';
import { DISCOUNT_CODES, SET_DISCOUNT_CODE_ACTIVE, type DiscountCode } from './checkout.graphql';
import { DiscountCodeDialog, type DiscountCodeDialogData } from './discount-code-dialog';
import { discountLabel, usageLabel } from './discount-codes';

/** The store's discount codes: what each gives, how often it was used, until when; switched on and off in place, corrected in a dialog. */
@Component({
  selector: 'sd-discount-codes-panel',
  imports: [DatePipe, EmptyState, MatButtonModule, MatIconModule, MatProgressBarModule, MatSlideToggleModule, MatTooltipModule],
  template: `
    <section class="section" aria-labelledby="discounts-heading">
      <div class="heading-row">
        <div>
          <h2 id="discounts-heading">Discount codes</h2>
          <p class="hint">Shoppers apply them to their cart in the chat.</p>
        </div>
        @if (canEdit()) {
          <button mat-flat-button type="button" (click)="create()" data-testid="discount-new"><mat-icon svgIcon="add" />New code</button>
        }
      </div>
      @if (codes.isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      } @else if (codes.error()) {
        <p class="problem" role="alert">The discount codes didn’t load. Reload the page to try again.</p>
      } @else if (!rows().length) {
        <sd-empty-state icon="sell" heading="No discount codes yet" />
      } @else {
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Discount</th>
              <th scope="col">Used</th>
              <th scope="col">Expires</th>
              <th scope="col">Active</th>
              @if (canEdit()) {
                <th scope="col"><span class="sd-visually-hidden">Actions</span></th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.code.id) {
              <tr data-testid="discount-row">
                <td><code>{{ row.code.code }}</code></td>
                <td>{{ row.discount }}</td>
                <td>{{ row.usage }}</td>
                <td>{{ row.code.expiresAt ? (row.code.expiresAt | date: 'mediumDate' : 'UTC') : 'Never' }}</td>
                <td>
                  <mat-slide-toggle
                    [checked]="row.code.active"
                    [disabled]="!canEdit()"
                    (change)="setActive(row.code, $event.checked)"
                    [aria-label]="'Code ' + row.code.code + ' active'"
                  />
                </td>
                @if (canEdit()) {
                  <td class="row-actions">
                    <button
                      mat-icon-button
                      type="button"
                      (click)="edit(row.code)"
                      matTooltip="Edit"
                      [attr.aria-label]="'Edit code ' + row.code.code"
                      data-testid="discount-edit"
                    >
                      <mat-icon svgIcon="edit" />
                    </button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styleUrl: '../settings-section.scss',
  styles: `
    // The row's buttons sit at its end, in a column no wider than they are.
    .table .row-actions {
      width: 1%;
      white-space: nowrap;
      text-align: right;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiscountCodesPanel {
  readonly currency = input.required<string>();
  readonly canEdit = input.required<boolean>();

  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private readonly feedback = inject(SettingsFeedback);

  protected readonly codes = rxResource({
    stream: () => this.apollo.query({ query: DISCOUNT_CODES, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.discountCodes)),
  });
  protected readonly rows = computed(() =>
    (this.codes.value() ?? []).map((code) => ({ code, discount: discountLabel(code, this.currency()), usage: usageLabel(code) })),
  );

  protected async create(): Promise<void> {
    const created = await this.openDialog({ currency: this.currency() });
    if (!created) return;
    this.feedback.tell(`${created.code} created`);
    this.codes.reload();
  }

  protected async edit(code: DiscountCode): Promise<void> {
    const saved = await this.openDialog({ currency: this.currency(), code });
    if (!saved) return;
    this.feedback.tell(`${saved.code} saved`);
    this.codes.reload();
  }

  protected async setActive(code: DiscountCode, active: boolean): Promise<void> {
    await this.feedback.attempt(
      () => firstValueFrom(this.apollo.mutate({ mutation: SET_DISCOUNT_CODE_ACTIVE, variables: { id: code.id, active } })),
      `${code.code} ${active ? 'switched on' : 'switched off'}`,
      'The code wasn’t changed. Check your connection and try again.',
    );
    this.codes.reload();
  }

  private openDialog(data: DiscountCodeDialogData): Promise<DiscountCode | undefined> {
    return firstValueFrom(this.dialog.open<DiscountCodeDialog, DiscountCodeDialogData, DiscountCode>(DiscountCodeDialog, { data }).afterClosed());
  }
}
