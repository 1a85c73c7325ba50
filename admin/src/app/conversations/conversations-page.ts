import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { Apollo } from 'apollo-angular';
import { Observable, filter, firstValueFrom, map, startWith, tap } from 'rxjs';
import { AuthSession } from '../core/auth/auth-session';
import { Clock } from '../core/time/clock';
import type { DayRange } from '../dashboard/analytics.models';
import { dateOf, dayOf } from '../dashboard/day-range-params';
import { ASSIGNEE_FILTER_LABELS, type AssigneeFilter, matchesAssignee, parseAssigneeFilter } from './assignee-filter';
import { EmptyState } from '../shared/empty-state';
import { ConversationList } from './conversation-list/conversation-list';
import { appendPage, applyConversationEvent } from './conversation-list-updates';
import type { ConversationPage, ConversationStatusName, ConversationSummary } from './conversation.models';
import { ConversationEvents } from './conversation-events';
import { CONVERSATIONS } from './conversations-page.graphql';
import { parseStartedFilter, startedFilterLabel, startedFilterParams, startedWithin } from './started-filter';
import { STATUS_LABELS, STATUS_NAMES, parseStatusFilter, statusFilterParam } from './status-filter';

const PAGE_SIZE = 20;
const ALL_STATUSES = 'ALL';
const ANYONE = 'ANYONE';
const HUMAN_REQUEST_NOTICE_MS = 8_000;
const NO_CONVERSATIONS: ConversationPage = { items: [], endCursor: null, hasNextPage: false };

interface ListFilters {
  readonly status: ConversationStatusName | null;
  readonly assignee: AssigneeFilter | null;
  readonly started: DayRange | null;
}

/** The inbox: the live conversation list on the left, the open conversation on the right. */
@Component({
  selector: 'sd-conversations-page',
  imports: [
    ConversationList,
    EmptyState,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterOutlet,
  ],
  providers: [provideNativeDateAdapter()],
  templateUrl: './conversations-page.html',
  styleUrl: './conversations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationsPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly events = inject(ConversationEvents);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(AuthSession);

  protected readonly now = inject(Clock).now;
  protected readonly statusNames = STATUS_NAMES;
  protected readonly statusLabels = STATUS_LABELS;
  /** The select's value for "no filter": a select shows no text for a null value. */
  protected readonly allStatuses = ALL_STATUSES;
  protected readonly anyone = ANYONE;
  protected readonly assigneeFilters = Object.keys(ASSIGNEE_FILTER_LABELS) as AssigneeFilter[];
  protected readonly assigneeLabels = ASSIGNEE_FILTER_LABELS;

  /** The status filter lives in the URL (`?status=waiting_for_human`) so a filtered inbox can be shared and reloaded. */
  protected readonly status = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseStatusFilter(params.get('status')))),
    { initialValue: null },
  );
  /** `?assignee=mine|unassigned`, also in the URL. */
  protected readonly assignee = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseAssigneeFilter(params.get('assignee')))),
    { initialValue: null },
  );
  /** `?from=&to=`: the days the conversations started, in the store's calendar (the dashboard links here with its period). */
  protected readonly started = toSignal(
    this.route.queryParamMap.pipe(map((params) => parseStartedFilter(params.get('from'), params.get('to')))),
    { initialValue: null, equal: (a, b) => a?.from === b?.from && a?.to === b?.to },
  );
  protected readonly startedStart = computed(() => {
    const range = this.started();
    return range ? dateOf(range.from) : null;
  });
  protected readonly startedEnd = computed(() => {
    const range = this.started();
    return range ? dateOf(range.to) : null;
  });
  protected readonly startedLabel = computed(() => {
    const range = this.started();
    return range ? startedFilterLabel(range) : null;
  });
  /** The store's time zone, from the last fetch: a live conversation joins a date-filtered list only if it started on one of its days there. */
  private readonly timeZone = signal('UTC');
  /** The picker reports the start first; the range applies once the end is picked too. */
  private readonly pickedStart = signal<Date | null>(null);
  protected readonly selectedId = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      startWith(null),
      map(() => this.openConversationId()),
    ),
    { initialValue: null },
  );

  private readonly firstPage = rxResource({
    params: (): ListFilters => ({ status: this.status(), assignee: this.assignee(), started: this.started() }),
    stream: ({ params }) => this.fetchPage(params, null),
  });
  /** The loaded pages, kept current by live events until the next fetch replaces them. */
  protected readonly page = linkedSignal<ConversationPage | undefined, ConversationPage>({
    source: this.firstPage.value,
    computation: (page) => page ?? NO_CONVERSATIONS,
  });
  protected readonly loading = this.firstPage.isLoading;
  protected readonly failed = computed(() => this.firstPage.status() === 'error');
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

  constructor() {
    this.events.events$.pipe(takeUntilDestroyed()).subscribe((event) => {
      const me = this.session.user()?.id ?? null;
      const matches = (conversation: ConversationSummary) =>
        matchesAssignee(conversation, this.assignee(), me) && startedWithin(conversation, this.started(), this.timeZone());
      this.page.update((page) => ({ ...page, items: applyConversationEvent(page.items, event, this.status(), matches) }));
      if (event.message?.systemEvent === 'HUMAN_REQUESTED') this.announceHumanRequest(event.conversation);
    });
    this.events.reconnected$.pipe(takeUntilDestroyed()).subscribe(() => this.firstPage.reload());
  }

  /** The `:id` of the deepest active route; the child route's own snapshot is not set yet while this page is created. */
  private openConversationId(): string | null {
    let route = this.router.routerState.snapshot.root;
    while (route.firstChild) route = route.firstChild;
    return route.paramMap.get('id');
  }

  protected changeStatus(value: ConversationStatusName | typeof ALL_STATUSES): void {
    const status = value === this.allStatuses ? null : value;
    void this.router.navigate([], {
      // Relative to the open conversation, if any, so filtering keeps it open.
      relativeTo: this.route.firstChild ?? this.route,
      queryParams: { status: statusFilterParam(status) },
      queryParamsHandling: 'merge',
    });
  }

  protected changeAssignee(value: AssigneeFilter | typeof ANYONE): void {
    void this.router.navigate([], {
      relativeTo: this.route.firstChild ?? this.route,
      queryParams: { assignee: value === ANYONE ? null : value },
      queryParamsHandling: 'merge',
    });
  }

  protected pickStartedFrom(start: Date | null): void {
    this.pickedStart.set(start);
  }

  protected pickStartedTo(end: Date | null): void {
    const start = this.pickedStart() ?? this.startedStart();
    if (!start || !end || end < start) return;
    this.navigateStarted({ from: dayOf(start), to: dayOf(end) });
  }

  protected clearStarted(): void {
    this.pickedStart.set(null);
    this.navigateStarted(null);
  }

  private navigateStarted(range: DayRange | null): void {
    void this.router.navigate([], {
      relativeTo: this.route.firstChild ?? this.route,
      queryParams: startedFilterParams(range),
      queryParamsHandling: 'merge',
    });
  }

  /** Agents hear about a visitor asking for a person wherever they are in the inbox. */
  private announceHumanRequest(conversation: ConversationSummary): void {
    const ref = this.snackBar.open(`${conversation.visitor.displayName} asked to talk to a person`, 'Open', { duration: HUMAN_REQUEST_NOTICE_MS });
    ref.onAction().subscribe(() => void this.router.navigate(['/conversations', conversation.id], { queryParamsHandling: 'preserve' }));
  }

  protected retry(): void {
    this.firstPage.reload();
  }

  protected async loadMore(): Promise<void> {
    const current = this.page();
    if (this.loadingMore() || !current.hasNextPage) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      const next = await firstValueFrom(this.fetchPage({ status: this.status(), assignee: this.assignee(), started: this.started() }, current.endCursor));
      this.page.update((page) => appendPage(page, next));
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  private fetchPage({ status, assignee, started }: ListFilters, after: string | null): Observable<ConversationPage> {
    const filter = {
      ...(status ? { status } : {}),
      ...(assignee === 'mine' ? { mine: true } : {}),
      ...(assignee === 'unassigned' ? { unassigned: true } : {}),
      ...(started ? { startedOn: { from: started.from, to: started.to } } : {}),
    };
    return this.apollo
      .query({
        query: CONVERSATIONS,
        variables: { filter: Object.keys(filter).length ? filter : null, first: PAGE_SIZE, after },
        fetchPolicy: 'network-only',
      })
      .pipe(
        tap((result) => {
          if (result.data?.store) this.timeZone.set(result.data.store.timeZone);
        }),
        map((result) => {
          const connection = result.data?.conversations;
          if (!connection) throw new Error('No conversations in the response');
          return {
            items: connection.edges.map((edge) => edge.node),
            endCursor: connection.pageInfo.endCursor,
            hasNextPage: connection.pageInfo.hasNextPage,
          };
        }),
      );
  }
}
