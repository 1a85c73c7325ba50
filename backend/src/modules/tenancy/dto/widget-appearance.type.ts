import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('WidgetAppearance', { description: 'How the chat widget looks on the storefront.' })
export class WidgetAppearanceType {
  @Field()
  greeting!: string;

  @Field({ description: '#rrggbb' })
  primaryColor!: string;

  @Field({ description: '"right" or "left"' })
  position!: string;

  @Field({ description: 'The name the assistant signs its replies with.' })
  assistantName!: string;

  @Field(() => String, { nullable: true, description: 'https image shown next to the assistant’s replies.' })
  avatarUrl!: string | null;

  @Field({ description: 'Text on the button that opens the chat.' })
  launcherText!: string;
}
