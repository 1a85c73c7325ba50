import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches, MaxLength } from 'class-validator';

/** `https://shop.example`, `http://localhost:8080` or `https://*.example.com` (one subdomain level). */
export const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

@InputType()
export class CreateWidgetKeyInput {
  @Field(() => [String], { description: 'Sites allowed to use the key, as origins (scheme, host, optional port; no path).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'allowedOrigins needs at least one origin' })
  @ArrayMaxSize(20)
  @MaxLength(255, { each: true })
  @Matches(ORIGIN_PATTERN, { each: true, message: 'each allowed origin must look like https://shop.example (no path)' })
  allowedOrigins!: string[];
}
