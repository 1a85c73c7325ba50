import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @Length(3, 254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Field({ nullable: true, description: 'Which store to sign in to, for people who belong to several.' })
  @IsOptional()
  @IsString()
  @MaxLength(63)
  tenantSlug?: string;
}
