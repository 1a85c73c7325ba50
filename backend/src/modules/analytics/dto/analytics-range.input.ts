import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: "Inclusive range of the store's local calendar days." })
export class AnalyticsRangeInput {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Matches(DAY)
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (included).' })
  @Matches(DAY)
  to!: string;
}
