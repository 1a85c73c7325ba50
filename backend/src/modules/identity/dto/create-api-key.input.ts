import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateApiKeyInput {
  @Field()
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => [String], { description: 'Permissions such as "orders:read"; at most those you hold.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  scopes!: string[];
}
