import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('KnowledgeChunkPreview', { description: 'A passage a document would be split into, as retrieval will see it.' })
export class KnowledgeChunkPreviewType {
  @Field()
  heading!: string;

  @Field()
  content!: string;
}
