import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from './role.enum';

@ObjectType('User', { description: 'A staff member, as seen in the current store.' })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'When they joined this store; set in team lists.' })
  joinedAt?: Date | null;
}
