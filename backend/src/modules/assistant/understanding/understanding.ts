/** A value found in the message: order_number, email, min_price, max_price, quantity, brand, category… */
export interface UnderstoodEntity {
  type: string;
  value: string;
}

/** What a message asks for, as the reply engine needs it. */
export interface Understanding {
  intent: string;
  confidence: number;
  entities: UnderstoodEntity[];
}

/**
 * Turns a visitor message into an intent and entities. Bound to the NLU facade when it is
 * available; the keyword interpreter is the dependency-free default.
 */
export abstract class MessageInterpreter {
  abstract interpret(text: string, locale: string): Promise<Understanding>;
}
