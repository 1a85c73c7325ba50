import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TenantType } from '../../tenancy/dto/tenant.type';
import { UserType } from './user.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. The refresh token travels in an httpOnly cookie.' })
  accessToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @Field(() => UserType)
  user!: UserType;

  @Field(() => TenantType)
  tenant!: TenantType;
}
