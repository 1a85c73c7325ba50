import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { TIME_ZONES } from '../zoned-time';
import { trim } from './trim';

/** Only the fields given change. */
@InputType()
export class UpdateStoreInput {
  @Field(() => String, { nullable: true })
  @Transform(trim)
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name?: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin; business hours are read in it.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(TIME_ZONES, { message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string;
}
