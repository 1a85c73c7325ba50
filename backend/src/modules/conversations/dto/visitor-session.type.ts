import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('WidgetAvailability', { description: 'Whether the store is within its business hours (always open when it set none).' })
export class WidgetAvailabilityType {
  @Field()
  open!: boolean;

  @Field(() => Date, { nullable: true, description: 'When a closed store opens next; format it in the visitor’s locale.' })
  nextOpenAt!: Date | null;

  @Field({ description: 'The store’s offline message while closed; empty while open.' })
  message!: string;
}

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

  @Field()
  assistantName!: string;

  @Field(() => String, { nullable: true, description: 'https image for the assistant.' })
  avatarUrl!: string | null;

  @Field({ description: 'Text on the button that opens the chat.' })
  launcherText!: string;

  @Field(() => WidgetAvailabilityType)
  availability!: WidgetAvailabilityType;
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
