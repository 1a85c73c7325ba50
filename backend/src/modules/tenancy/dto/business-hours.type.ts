import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BusinessDay', { description: 'One weekday’s opening range, in the store’s time zone.' })
export class BusinessDayType {
  @Field(() => Int, { description: '0 = Sunday … 6 = Saturday' })
  day!: number;

  @Field({ description: 'HH:MM' })
  open!: string;

  @Field({ description: 'HH:MM; 24:00 means until midnight' })
  close!: string;
}

@ObjectType('BusinessHours')
export class BusinessHoursType {
  @Field({ description: 'When off, the store counts as always open.' })
  enabled!: boolean;

  @Field(() => [BusinessDayType], { description: 'A weekday that is not listed is closed.' })
  days!: BusinessDayType[];

  @Field({ description: 'Shown to visitors while the store is closed; empty for the default text.' })
  offlineMessage!: string;

  @Field({ description: 'The store’s time zone the hours are read in.' })
  timeZone!: string;
}
