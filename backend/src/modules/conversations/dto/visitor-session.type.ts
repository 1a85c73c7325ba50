import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WidgetSettings')
export class WidgetSettingsType {
  @Field()
  storeName!: string;

  @Field()
  greeting!: string;

  @Field()
  primaryColor!: string;

  @Field({ description: '"right" or "left"' })
  position!: string;
}

@ObjectType('VisitorSession')
export class VisitorSessionType {
  @Field({ description: 'Send as `Authorization: Bearer <token>` (HTTP) or in connectionParams.authorization (WebSocket).' })
  token!: string;

  @Field(() => ID)
  visitorId!: string;

  @Field(() => WidgetSettingsType)
  settings!: WidgetSettingsType;
}
