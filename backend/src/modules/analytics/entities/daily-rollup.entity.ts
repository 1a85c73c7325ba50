import { Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

const count = (name: string) => ({ name, type: 'integer' as const, default: 0 });
const total = (name: string) => ({ name, type: 'bigint' as const, default: 0 });

/**
 * One row per store and store-local day: everything the dashboards add up. Conversation figures
 * count conversations on the day they started (recomputed from ConversationFact); message, search
 * and order figures count on the day they happened (incremented as they arrive).
 */
@Entity('analytics_daily')
@Index('uq_analytics_daily_day', ['tenantId', 'day'], { unique: true })
export class DailyRollup extends TenantOwnedEntity {
  @Column({ type: 'date' })
  day!: string;

  @Column(count('conversations')) conversations!: number;
  @Column(count('status_bot')) statusBot!: number;
  @Column(count('status_waiting')) statusWaiting!: number;
  @Column(count('status_assigned')) statusAssigned!: number;
  @Column(count('status_resolved')) statusResolved!: number;
  @Column(count('status_snoozed')) statusSnoozed!: number;
  @Column(count('handed_off')) handedOff!: number;
  @Column(count('bot_answered')) botAnswered!: number;
  @Column(count('bot_resolved')) botResolved!: number;
  @Column(total('frt_bot_ms')) frtBotMs!: string;
  @Column(count('frt_bot_count')) frtBotCount!: number;
  @Column(total('frt_human_ms')) frtHumanMs!: string;
  @Column(count('frt_human_count')) frtHumanCount!: number;
  @Column(count('carted')) carted!: number;
  @Column(count('ordered')) ordered!: number;
  @Column(count('csat_sum')) csatSum!: number;
  @Column(count('csat_count')) csatCount!: number;

  @Column(count('messages_visitor')) messagesVisitor!: number;
  @Column(count('messages_bot')) messagesBot!: number;
  @Column(count('messages_agent')) messagesAgent!: number;
  @Column(count('searches')) searches!: number;
  @Column(count('search_misses')) searchMisses!: number;
  @Column(count('orders')) orders!: number;
  @Column(total('revenue_minor')) revenueMinor!: string;
  @Column(count('chat_orders')) chatOrders!: number;
  @Column(total('chat_revenue_minor')) chatRevenueMinor!: string;
  /** Sum of the sentiment (-1..1) of visitor messages the assistant scored, and how many it scored. */
  @Column({ name: 'sentiment_sum', type: 'double precision', default: 0 }) sentimentSum!: number;
  @Column(count('sentiment_count')) sentimentCount!: number;
}
