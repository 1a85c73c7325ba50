import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WidgetKey', { description: 'A public key the chat widget uses on the listed sites.' })
export class WidgetKeyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Goes in the widget script tag as data-key; safe to publish.' })
  publicKey!: string;

  @Field(() => [String])
  allowedOrigins!: string[];

  @Field({
    description:
      'Server-side secret for signed shopper identities: HMAC-SHA256 of your customer id, hex. Keep it on your server, never in a page.',
  })
  identitySecret!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
