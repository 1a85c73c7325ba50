import { createClient, type Client } from 'graphql-ws';
import { ChatApiError } from './chat-api-error';
import type { ChatTransport, ConversationObserver } from './chat-transport';
import type {
  ChatMessage,
  ConversationEvent,
  ConversationPage,
  ConversationStatusName,
  SendMessageInput,
  VisitorIdentity,
  VisitorSession,
} from './chat-types';
import type { CancelledOrder, Cart, CartChange, CheckoutInput, ContactRequest, PaymentLink, ShopOutcome } from './shop-types';
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

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message?: string; extensions?: { code?: unknown } }>;
}

const REQUEST_TIMEOUT_MS = 15_000;
const KEEP_ALIVE_MS = 25_000;
const PONG_TIMEOUT_MS = 10_000;
const MAX_RETRY_WAIT_MS = 30_000;
/** graphql-ws close codes a server uses when it refuses the connection's credentials. */
const AUTH_CLOSE_CODES: ReadonlySet<number> = new Set([4401, 4403]);

function closeCodeOf(value: unknown): number | null {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number' ? value.code : null;
}

function toChatError(error: unknown): ChatApiError {
  if (error instanceof ChatApiError) return error;
  if (Array.isArray(error)) return errorFromGraphql(error as GraphqlResponse<unknown>['errors']);
  const code = closeCodeOf(error);
  if (code !== null && AUTH_CLOSE_CODES.has(code)) return new ChatApiError('UNAUTHENTICATED', 'The chat connection was refused.');
  return new ChatApiError('NETWORK', 'The chat connection was lost.');
}

/** A member of a result union: the success type, or an error result with its code and sentence. */
type UnionResult<T> = T & { __typename: string; code?: string; message?: string };

function outcomeOf<T>(result: UnionResult<T>, successType: string): ShopOutcome<T> {
  if (result.__typename === successType) return { ok: true, value: result };
  return { ok: false, code: result.code ?? 'UNKNOWN', message: result.message ?? '' };
}

/** The mutation for one cart change, and the field its result comes back in. */
function cartRequest(change: CartChange): { query: string; field: string; variables: Record<string, unknown> } {
  switch (change.kind) {
    case 'add':
      return { query: ADD_TO_CART, field: 'addToCart', variables: { input: { variantId: change.variantId, quantity: change.quantity } } };
    case 'set':
      return { query: UPDATE_CART_ITEM, field: 'updateCartItem', variables: { input: { variantId: change.variantId, quantity: change.quantity } } };
    case 'remove':
      return { query: REMOVE_FROM_CART, field: 'removeFromCart', variables: { variantId: change.variantId } };
    case 'applyCode':
      return { query: APPLY_DISCOUNT_CODE, field: 'applyDiscountCode', variables: { code: change.code } };
    case 'removeCode':
      return { query: REMOVE_DISCOUNT_CODE, field: 'removeDiscountCode', variables: {} };
  }
}

function errorFromGraphql(errors: GraphqlResponse<unknown>['errors']): ChatApiError {
  const first = errors?.[0];
  return ChatApiError.fromCode(first?.extensions?.code, first?.message ?? 'The request failed.');
}

/**
 * Talks to the Shopdesk GraphQL API: queries and mutations over HTTP, live events over graphql-ws.
 * While the live connection is open, the visitor's messages go over it too: no HTTP round trip
 * between writing and the assistant starting to answer.
 */
export class GraphqlTransport implements ChatTransport {
  private readonly httpUrl: string;
  private readonly wsUrl: string;
  private client: Client | null = null;
  private clientToken: string | null = null;
  private socketOpen = false;

  constructor(apiBase: string) {
    const base = apiBase.replace(/\/+$/, '');
    this.httpUrl = `${base}/graphql`;
    this.wsUrl = this.httpUrl.replace(/^http/, 'ws');
  }

  async startVisitorSession(publicKey: string, visitorToken?: string): Promise<VisitorSession> {
    const data = await this.request<{ startVisitorSession: VisitorSession }>(null, START_VISITOR_SESSION, {
      publicKey,
      visitorToken: visitorToken ?? null,
    });
    return data.startVisitorSession;
  }

  async sendMessage(token: string, input: SendMessageInput): Promise<ChatMessage> {
    const client = this.socketOpen && this.clientToken === token ? this.client : null;
    const data = client
      ? await this.overSocket<{ sendMessage: ChatMessage }>(client, SEND_MESSAGE, { input })
      : await this.request<{ sendMessage: ChatMessage }>(token, SEND_MESSAGE, { input });
    return data.sendMessage;
  }

  async fetchMessages(token: string, conversationId: string, afterSeq: number, first: number): Promise<ConversationPage | null> {
    const data = await this.request<{ conversation: ConversationPage | null }>(token, CONVERSATION_MESSAGES, {
      id: conversationId,
      afterSeq,
      first,
    });
    return data.conversation;
  }

  async requestHuman(token: string, conversationId: string): Promise<ConversationStatusName> {
    const data = await this.request<{ requestHuman: { status: ConversationStatusName } }>(token, REQUEST_HUMAN, { conversationId });
    return data.requestHuman.status;
  }

  async setTyping(token: string, conversationId: string, active: boolean): Promise<void> {
    await this.request<{ setTyping: boolean }>(token, SET_TYPING, { conversationId, active });
  }

  async identify(token: string, publicKey: string, identity: VisitorIdentity): Promise<VisitorSession> {
    const data = await this.request<{ identifyVisitor: VisitorSession }>(token, IDENTIFY_VISITOR, { input: { publicKey, ...identity } });
    return data.identifyVisitor;
  }

  async rateConversation(token: string, conversationId: string, score: number): Promise<void> {
    await this.request<{ rateConversation: { id: string } }>(token, RATE_CONVERSATION, { input: { conversationId, score } });
  }

  async fetchCart(token: string): Promise<Cart> {
    const data = await this.request<{ cart: Cart }>(token, CART, {});
    return data.cart;
  }

  async changeCart(token: string, change: CartChange): Promise<ShopOutcome<Cart>> {
    const { query, field, variables } = cartRequest(change);
    const data = await this.request<Record<string, UnionResult<Cart>>>(token, query, variables);
    // removeDiscountCode answers with the cart itself rather than a union.
    return change.kind === 'removeCode' ? { ok: true, value: data[field] } : outcomeOf(data[field], 'Cart');
  }

  async checkout(token: string, input: CheckoutInput): Promise<ShopOutcome<PaymentLink>> {
    type Instalment = { number: number; amount: number };
    type Link = { paymentUrl: string | null; expiresAt: string; order: { number: string; total: number; currency: string; instalments: Instalment[] } };
    const data = await this.request<{ checkout: UnionResult<Link> }>(token, CHECKOUT, { input });
    const outcome = outcomeOf(data.checkout, 'CheckoutLink');
    if (!outcome.ok) return outcome;
    const { paymentUrl, expiresAt, order } = outcome.value;
    // A large order is split into instalments and the link charges only the first.
    const first = order.instalments.find((i) => i.number === 1);
    return {
      ok: true,
      value: {
        orderNumber: order.number,
        total: order.total,
        currency: order.currency,
        paymentUrl,
        expiresAt,
        dueNow: first ? first.amount : null,
        instalmentCount: first ? order.instalments.length : null,
      },
    };
  }

  async cancelOrder(token: string, orderNumber: string): Promise<ShopOutcome<CancelledOrder>> {
    const data = await this.request<{ cancelMyOrder: UnionResult<CancelledOrder> }>(token, CANCEL_MY_ORDER, {
      input: { number: orderNumber },
    });
    return outcomeOf(data.cancelMyOrder, 'CustomerOrder');
  }

  async leaveContactEmail(token: string, request: ContactRequest): Promise<void> {
    await this.request<{ leaveContactEmail: { id: string } }>(token, LEAVE_CONTACT_EMAIL, { input: request });
  }

  subscribe(token: string, conversationId: string, observer: ConversationObserver): () => void {
    const client = this.clientFor(token, observer);
    let active = true;
    const dispose = client.subscribe<{ conversationEvents: ConversationEvent }>(
      { query: CONVERSATION_EVENTS, variables: { conversationId } },
      {
        next: (result) => {
          if (!active) return;
          if (result.errors?.length) observer.failed(errorFromGraphql(result.errors));
          else if (result.data) observer.event(result.data.conversationEvents);
        },
        error: (error) => {
          if (active) observer.failed(toChatError(error));
        },
        complete: () => undefined,
      },
    );
    return () => {
      active = false;
      dispose();
    };
  }

  close(): void {
    void this.client?.dispose();
    this.client = null;
    this.clientToken = null;
    this.socketOpen = false;
  }

  /** One socket per visitor token; a new token (fresh session) needs a new connection_init. */
  private clientFor(token: string, observer: ConversationObserver): Client {
    if (this.client && this.clientToken === token) return this.client;
    this.close();
    let socket: WebSocket | null = null;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    const client = createClient({
      url: this.wsUrl,
      lazy: true,
      connectionParams: () => ({ authorization: `Bearer ${token}` }),
      keepAlive: KEEP_ALIVE_MS,
      retryAttempts: Number.POSITIVE_INFINITY,
      // Capped, jittered backoff so a long outage neither hammers the server nor waits minutes after it is back.
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries) * (0.5 + Math.random() / 2))),
      shouldRetry: (errOrCloseEvent) => {
        const code = closeCodeOf(errOrCloseEvent);
        return code === null || !AUTH_CLOSE_CODES.has(code);
      },
      on: {
        connecting: (isRetry) => {
          if (isRetry) observer.reconnecting();
        },
        connected: (connectedSocket) => {
          socket = connectedSocket as WebSocket;
          if (this.client === client) this.socketOpen = true;
          observer.connected();
        },
        closed: (event) => {
          socket = null;
          if (this.client === client) this.socketOpen = false;
          clearTimeout(pongTimer);
          const code = closeCodeOf(event);
          // 1000 is our own lazy close after the last unsubscribe; a refused token is reported as a failure instead.
          if (this.client === client && code !== 1000 && (code === null || !AUTH_CLOSE_CODES.has(code))) observer.reconnecting();
        },
        // A sleeping laptop or a silent proxy can leave a dead socket open; no pong in time means reconnect.
        ping: (received) => {
          if (received) return;
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => {
            if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
          }, PONG_TIMEOUT_MS);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
      },
    });
    this.client = client;
    this.clientToken = token;
    return client;
  }

  /** One operation over the open live connection, with the same deadline and errors as over HTTP. */
  private overSocket<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let data: T | null = null;
      const timer = setTimeout(() => {
        dispose();
        reject(new ChatApiError('NETWORK', 'The chat server could not be reached.'));
      }, REQUEST_TIMEOUT_MS);
      const dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors?.length) {
              clearTimeout(timer);
              reject(errorFromGraphql(result.errors));
            } else if (result.data) data = result.data as T;
          },
          error: (error) => {
            clearTimeout(timer);
            reject(toChatError(error));
          },
          complete: () => {
            clearTimeout(timer);
            if (data) resolve(data);
            else reject(new ChatApiError('INTERNAL', 'The response had no data.'));
          },
        },
      );
    });
  }

  private async request<T>(token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(this.httpUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        // The visitor token travels in a header; the store's page must not leak its cookies to us.
        credentials: 'omit',
        signal: controller.signal,
      });
    } catch {
      throw new ChatApiError('NETWORK', 'The chat server could not be reached.');
    } finally {
      clearTimeout(timer);
    }
    let body: GraphqlResponse<T>;
    try {
      body = (await response.json()) as GraphqlResponse<T>;
    } catch {
      throw new ChatApiError(response.status === 429 ? 'RATE_LIMITED' : 'NETWORK', `Unexpected response (${response.status}).`);
    }
    if (body.errors?.length) throw errorFromGraphql(body.errors);
    if (!body.data) throw new ChatApiError('INTERNAL', 'The response had no data.');
    return body.data;
  }
}
