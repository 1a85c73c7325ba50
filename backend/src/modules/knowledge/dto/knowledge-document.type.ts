import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { KnowledgeFormatEnum, KnowledgeKindEnum } from './knowledge.enums';

@ObjectType('KnowledgeDocument', { description: 'A store policy, FAQ or document the assistant answers from.' })
export class KnowledgeDocumentType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => KnowledgeKindEnum)
  kind!: string;

  @Field(() => KnowledgeFormatEnum)
  format!: string;

  @Field()
  body!: string;

  @Field(() => Int, { description: 'Length of the body in characters.' })
  size!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
