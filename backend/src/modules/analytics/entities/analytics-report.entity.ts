import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';
import { ReportFigure } from '../reports/report-figure';
import { NarratedBy } from '../reports/narrated-by';
import { ReportKind } from '../reports/report-kind';

export interface ReportRecommendation {
  kind: 'restock' | 'faq' | 'assortment' | 'staffing';
  text: string;
}

/** A written report on a period: the figures it was written from are stored with it. */
@Entity('analytics_reports')
@Index('ix_analytics_reports_created', ['tenantId', 'createdAt'])
// One scheduled weekly report per week, however often the schedule fires.
@Index('uq_analytics_reports_weekly', ['tenantId', 'periodStart'], { unique: true, where: `"kind" = 'weekly'` })
export class AnalyticsReport extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 16 })
  kind!: ReportKind;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  narrative!: string;

  @Column({ type: 'jsonb' })
  figures!: ReportFigure[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  recommendations!: ReportRecommendation[];

  /** 'model' when the configured LLM wrote the narrative (and every number in it checked out), else 'template'. */
  @Column({ name: 'narrated_by', type: 'varchar', length: 16, default: 'template' })
  narratedBy!: NarratedBy;

  /** Who asked for it; null for the weekly schedule. */
  @Column({ name: 'requested_by', type: 'varchar', length: 120, nullable: true })
  requestedBy!: string | null;
}
