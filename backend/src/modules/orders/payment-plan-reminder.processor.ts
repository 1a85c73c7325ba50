import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenantContext } from '../../platform/context/tenant-context';
import { EventBus } from '../../platform/events/event-bus';
import { JobPayload, JobQueuePort } from '../../platform/jobs/job-queue.port';
import { PaymentInstalment } from './entities/payment-instalment.entity';
import { InstalmentReminderDueEvent, InstalmentReminderKind } from './order-events';
import { money, OrderLifecycleService } from './order-lifecycle.service';
import { OrderTimeline } from './order-timeline';
import { PaymentInstalments } from './payment-instalments';
import { DAY_MS, OVERDUE_AFTER_DAYS } from './payment-plan-schedule';

export const PLAN_REMINDER_JOB = 'orders.payment-plan-reminder';

const REMINDER_DAYS_BEFORE = 3;
/** setTimeout's limit: the in-process queue wakes a longer delay early, and the job waits again. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface PlanReminderJob extends JobPayload {
  instalmentId: string;
  kind: InstalmentReminderKind;
}

/** When a reminder of this kind is due for an instalment. */
export function reminderTime(instalment: Pick<PaymentInstalment, 'dueAt'>, kind: InstalmentReminderKind): number {
  return kind === 'reminder' ? instalment.dueAt.getTime() - REMINDER_DAYS_BEFORE * DAY_MS : instalment.dueAt.getTime() + OVERDUE_AFTER_DAYS * DAY_MS;
}

/**
 * Reminders of payment plan instalments, as delayed jobs: one a few days before each instalment is
 * due and one the day after. When it runs, a job re-reads its instalment and does nothing once it is
 * paid or cancelled; otherwise it notes the reminder on the timeline and publishes an event for
 * email and webhooks.
 */
@Injectable()
export class PaymentPlanReminderProcessor implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueuePort,
    private readonly instalments: PaymentInstalments,
    private readonly lifecycle: OrderLifecycleService,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
  ) {}

  onModuleInit(): void {
    this.jobs.register<PlanReminderJob>(PLAN_REMINDER_JOB, (job) => this.run(job));
  }

  /** The first instalment gets no advance reminder: its payment link goes out when the plan is made. */
  async schedule(tenantId: string, instalments: PaymentInstalment[]): Promise<void> {
    for (const instalment of instalments) {
      const kinds: InstalmentReminderKind[] = instalment.number === 1 ? ['overdue'] : ['reminder', 'overdue'];
      for (const kind of kinds) await this.enqueue(tenantId, instalment, kind, `plan-reminder:${instalment.id}:${kind}`);
    }
  }

  private async enqueue(tenantId: string, instalment: PaymentInstalment, kind: InstalmentReminderKind, jobId: string): Promise<void> {
    const delayMs = Math.min(MAX_DELAY_MS, Math.max(0, reminderTime(instalment, kind) - Date.now()));
    await this.jobs.enqueue<PlanReminderJob>(PLAN_REMINDER_JOB, { tenantId, instalmentId: instalment.id, kind }, { jobId, delayMs });
  }

  private async run(job: PlanReminderJob): Promise<void> {
    const ctx = TenantContext.system(job.tenantId, 'payment-plan-reminder');
    const instalment = await this.instalments.find(ctx, job.instalmentId);
    if (!instalment || instalment.status !== 'pending') return;
    if (reminderTime(instalment, job.kind) > Date.now()) {
      // Woken early (a delay beyond the timer limit): wait out the rest under a new id.
      await this.enqueue(job.tenantId, instalment, job.kind, `plan-reminder:${instalment.id}:${job.kind}:${Date.now()}`);
      return;
    }
    const order = await this.lifecycle.get(ctx, instalment.orderId);
    const what = `instalment ${instalment.number} of ${instalment.count} (${money(instalment.amountCents, instalment.currency)})`;
    const due = instalment.dueAt.toISOString().slice(0, 10);
    await this.timeline.record(ctx, order.id, {
      type: job.kind === 'reminder' ? 'instalment_reminder' : 'instalment_overdue',
      message: job.kind === 'reminder' ? `Reminder sent for ${what}, due ${due}` : `Overdue notice sent for ${what}, due ${due}`,
      visibleToCustomer: false,
      data: { instalmentId: instalment.id },
    });
    this.events.publish(
      ctx,
      new InstalmentReminderDueEvent(
        ctx.tenantId,
        ctx.actor,
        order.id,
        order.number,
        order.customerEmail,
        instalment.id,
        instalment.number,
        instalment.count,
        instalment.amountCents,
        instalment.currency,
        instalment.dueAt,
        job.kind,
      ),
    );
  }
}
