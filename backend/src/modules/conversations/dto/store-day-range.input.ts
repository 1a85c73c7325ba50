import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: "Inclusive range of the store's local calendar days, read in the store's time zone." })
export class StoreDayRangeInput {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Matches(DAY, { message: 'from must be a day written as YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (included).' })
  @Matches(DAY, { message: 'to must be a day written as YYYY-MM-DD' })
  to!: string;
}
