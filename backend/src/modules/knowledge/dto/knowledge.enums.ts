import { registerEnumType } from '@nestjs/graphql';

export enum KnowledgeKindEnum {
  POLICY = 'policy',
  FAQ = 'faq',
  DOCUMENT = 'document',
}

export enum KnowledgeFormatEnum {
  MARKDOWN = 'markdown',
  TEXT = 'text',
}

registerEnumType(KnowledgeKindEnum, { name: 'KnowledgeKind' });
registerEnumType(KnowledgeFormatEnum, { name: 'KnowledgeFormat' });
