import { Field, InterfaceType } from '@nestjs/graphql';

/**
 * What every expected business failure returned in a result union shares, so a client can show
 * `message` and branch on `code` without knowing each error type.
 */
@InterfaceType('ErrorResult')
export abstract class ErrorResult {
  @Field({ description: 'Stable machine-readable reason, e.g. INSUFFICIENT_STOCK.' })
  code!: string;

  @Field({ description: 'A sentence to show the person who asked.' })
  message!: string;
}
