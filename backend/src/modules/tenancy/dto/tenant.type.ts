import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Tenant', { description: 'A store.' })
export class TenantType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Unique, URL-safe store handle.' })
  slug!: string;

  @Field({ name: 'timeZone', description: 'IANA time zone the store’s business hours and reports use.' })
  timezone!: string;
}
