import { MigrationInterface, QueryRunner } from 'typeorm';

export class DrillDownAndDemandGapIndexes1796564279312 implements MigrationInterface {
  name = 'DrillDownAndDemandGapIndexes1796564279312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_conversations_tenant_started" ON "conversations" ("tenant_id", "created_at", "last_message_at") `);
    await queryRunner.query(`CREATE INDEX "ix_analytics_search_monthly_term" ON "analytics_search_monthly" ("tenant_id", "term", "month") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_analytics_search_monthly_term"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_tenant_started"`);
  }
}
