import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { KnowledgeKindEnum } from './knowledge.enums';

@ObjectType('KnowledgePassage', { description: 'A passage retrieved for a question, with the document it cites.' })
export class KnowledgePassageType {
  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field(() => KnowledgeKindEnum)
  kind!: string;

  @Field()
  heading!: string;

  @Field()
  content!: string;

  @Field(() => Float)
  score!: number;
}
