import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssistantAndKnowledge1795309597263 implements MigrationInterface {
  name = 'AssistantAndKnowledge1795309597263';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "knowledge_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "format" character varying(20) NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_402a3c43fb263aa5289670e4e21" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_documents_tenant_title" ON "knowledge_documents" ("tenant_id", "title") `);
    await queryRunner.query(`CREATE TABLE "knowledge_chunks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "document_id" uuid NOT NULL, "position" integer NOT NULL, "heading" character varying(200) NOT NULL, "content" text NOT NULL, "search_vector" tsvector, CONSTRAINT "PK_81af684d79d321813c41019a5cd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_chunks_tenant_document" ON "knowledge_chunks" ("tenant_id", "document_id", "position") `);
    await queryRunner.query(`CREATE TABLE "assistant_turns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conversation_id" uuid NOT NULL, "message_id" uuid NOT NULL, "reply_message_id" uuid, "intent" character varying(64) NOT NULL, "confidence" real NOT NULL, "entities" jsonb NOT NULL DEFAULT '[]', "sentiment" real NOT NULL, "provider" character varying(16) NOT NULL, "fallback_reason" character varying(32), "guard" character varying(16) NOT NULL, "prompt_tokens" integer NOT NULL DEFAULT '0', "completion_tokens" integer NOT NULL DEFAULT '0', "latency_ms" integer NOT NULL, "grounding_corrections" integer NOT NULL DEFAULT '0', "tool_calls" jsonb NOT NULL DEFAULT '[]', "citations" jsonb NOT NULL DEFAULT '[]', "state" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_042eea197f940af6023b6c84401" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_assistant_turns_tenant_created" ON "assistant_turns" ("tenant_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assistant_turns_tenant_message" ON "assistant_turns" ("tenant_id", "message_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assistant_turns_tenant_conversation" ON "assistant_turns" ("tenant_id", "conversation_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "knowledge_chunks" ADD CONSTRAINT "FK_2089ee83745a2f45c4f97faf2a5" FOREIGN KEY ("document_id") REFERENCES "knowledge_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "assistant_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "persona" character varying(500) NOT NULL DEFAULT '', "tone" character varying(40) NOT NULL DEFAULT 'friendly', "greeting" character varying(500) NOT NULL DEFAULT '', "off_topic_reply" character varying(500) NOT NULL DEFAULT '', "provider" character varying(16) NOT NULL DEFAULT 'platform', "base_url" character varying(300), "model" character varying(100), "api_key_encrypted" text, "daily_token_budget" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_163483d7c1edaa6ed13a9c4f2c7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_assistant_settings_tenant" ON "assistant_settings" ("tenant_id") `);
    // Written by hand: the GIN indexes the knowledge chunk entity declares with synchronize: false.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_chunks_tenant_search" ON "knowledge_chunks" USING gin ("tenant_id", "search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_knowledge_chunks_tenant_trgm" ON "knowledge_chunks" USING gin ("tenant_id", "content" gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_assistant_settings_tenant"`);
    await queryRunner.query(`DROP TABLE "assistant_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_chunks_tenant_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_chunks_tenant_search"`);
    await queryRunner.query(`ALTER TABLE "knowledge_chunks" DROP CONSTRAINT "FK_2089ee83745a2f45c4f97faf2a5"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assistant_turns_tenant_conversation"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assistant_turns_tenant_message"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assistant_turns_tenant_created"`);
    await queryRunner.query(`DROP TABLE "assistant_turns"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_chunks_tenant_document"`);
    await queryRunner.query(`DROP TABLE "knowledge_chunks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_knowledge_documents_tenant_title"`);
    await queryRunner.query(`DROP TABLE "knowledge_documents"`);
  }
}
