import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { KnowledgeFormatEnum, KnowledgeKindEnum } from './knowledge.enums';

@InputType('KnowledgeDocumentInput')
export class KnowledgeDocumentInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field(() => KnowledgeKindEnum, { defaultValue: KnowledgeKindEnum.POLICY })
  @IsEnum(KnowledgeKindEnum)
  kind: KnowledgeKindEnum = KnowledgeKindEnum.POLICY;

  @Field(() => KnowledgeFormatEnum, { defaultValue: KnowledgeFormatEnum.MARKDOWN })
  @IsEnum(KnowledgeFormatEnum)
  format: KnowledgeFormatEnum = KnowledgeFormatEnum.MARKDOWN;

  @Field({ description: 'Markdown or plain text.' })
  @IsString()
  @MaxLength(200_000)
  body!: string;
}
