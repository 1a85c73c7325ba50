import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WidgetKey', { description: 'A public key the chat widget uses on the listed sites.' })
export class WidgetKeyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Goes in the widget script tag as data-key; safe to publish.' })
  publicKey!: string;

  @Field(() => [String])
  allowedOrigins!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
