import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageBlocks1795323694639 implements MigrationInterface {
  name = 'MessageBlocks1795323694639';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD "blocks" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "blocks"`);
  }
}
