import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import {
  ADD_TO_CART,
  APPLY_DISCOUNT_CODE,
  CANCEL_MY_ORDER,
  CART,
  CHECKOUT,
  CONVERSATION_EVENTS,
  CONVERSATION_MESSAGES,
  IDENTIFY_VISITOR,
  LEAVE_CONTACT_EMAIL,
  RATE_CONVERSATION,
  REMOVE_DISCOUNT_CODE,
  REMOVE_FROM_CART,
  REQUEST_HUMAN,
  SEND_MESSAGE,
  SET_TYPING,
  START_VISITOR_SESSION,
  UPDATE_CART_ITEM,
} from './graphql-documents';

// The backend commits its printed schema; the widget's operations must stay valid against it.
const schema = buildSchema(readFileSync(join(__dirname, '../../../backend/schema.graphql'), 'utf8'));

describe('widget GraphQL operations', () => {
  it.each([
    ['startVisitorSession', START_VISITOR_SESSION],
    ['sendMessage', SEND_MESSAGE],
    ['conversation messages', CONVERSATION_MESSAGES],
    ['conversationEvents', CONVERSATION_EVENTS],
    ['requestHuman', REQUEST_HUMAN],
    ['setTyping', SET_TYPING],
    ['identifyVisitor', IDENTIFY_VISITOR],
    ['rateConversation', RATE_CONVERSATION],
    ['cart', CART],
    ['addToCart', ADD_TO_CART],
    ['updateCartItem', UPDATE_CART_ITEM],
    ['removeFromCart', REMOVE_FROM_CART],
    ['applyDiscountCode', APPLY_DISCOUNT_CODE],
    ['removeDiscountCode', REMOVE_DISCOUNT_CODE],
    ['checkout', CHECKOUT],
    ['cancelMyOrder', CANCEL_MY_ORDER],
    ['leaveContactEmail', LEAVE_CONTACT_EMAIL],
  ])('%s is valid against backend/schema.graphql', (_name, document) => {
    expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
  });
});
