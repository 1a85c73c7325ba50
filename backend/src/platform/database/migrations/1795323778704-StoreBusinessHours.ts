import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoreBusinessHours1795323778704 implements MigrationInterface {
  name = 'StoreBusinessHours1795323778704';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tenants" ADD "business_hours" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tenants" DROP COLUMN "business_hours"`);
  }
}
