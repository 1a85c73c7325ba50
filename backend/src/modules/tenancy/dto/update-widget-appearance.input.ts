import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUrl, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { trim } from './trim';

const given = (_: object, value: unknown) => value !== undefined;

/** Only the fields given change; `avatarUrl: null` removes the avatar. */
@InputType()
export class UpdateWidgetAppearanceInput {
  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf(given)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  greeting?: string;

  @Field(() => String, { nullable: true, description: '#rrggbb' })
  @ValidateIf(given)
  @Matches(/^#[0-9a-f]{6}$/i, { message: 'primaryColor must be a colour like #4f46e5' })
  primaryColor?: string;

  @Field(() => String, { nullable: true, description: '"right" or "left"' })
  @ValidateIf(given)
  @IsIn(['right', 'left'], { message: 'position must be right or left' })
  position?: 'right' | 'left';

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf(given)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  assistantName?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @MaxLength(500)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'avatarUrl must be an https:// address' })
  avatarUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf(given)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  launcherText?: string;
}
