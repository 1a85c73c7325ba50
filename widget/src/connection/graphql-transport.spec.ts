import type { ConversationObserver } from './chat-transport';
import type { ChatMessage } from './chat-types';
import { GraphqlTransport } from './graphql-transport';
import { FakeWebSocket } from '../testing/fake-web-socket';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function jsonResponse(body: unknown, status = 200): Response {
  return { status, json: async () => body } as Response;
}

function observer(): jest.Mocked<ConversationObserver> {
  return { connected: jest.fn(), reconnecting: jest.fn(), event: jest.fn(), failed: jest.fn() };
}

const reply: ChatMessage = {
  id: 'm2',
  conversationId: 'c1',
  seq: 2,
  author: 'BOT',
  text: 'Hello!',
  createdAt: '2025-01-01T12:00:00.000Z',
};

let fetchMock: jest.Mock;
const originalWebSocket = globalThis.WebSocket;

beforeEach(() => {
  fetchMock = jest.fn();
  globalThis.fetch = fetchMock;
  FakeWebSocket.instances = [];
  globalThis.WebSocket = FakeWebSocket as unknown as typeof WebSocket;
});

afterAll(() => {
  globalThis.WebSocket = originalWebSocket;
});

describe('GraphqlTransport over HTTP', () => {
  it('posts JSON to /graphql with the visitor token as a bearer header', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { sendMessage: reply } }));
    const transport = new GraphqlTransport('https://api.shopdesk.test/');

    await expect(transport.sendMessage('visitor-token', { conversationId: 'c1', text: 'Hi' })).resolves.toEqual(reply);

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://api.shopdesk.test/graphql');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer visitor-token' });
    expect(init.credentials).toBe('omit');
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('sendMessage(input: $input)');
    expect(body.variables).toEqual({ input: { conversationId: 'c1', text: 'Hi' } });
  });

  it('starts a session without a token, passing the stored visitor token as a variable', async () => {
    const session = { token: 't', visitorId: 'v', settings: { storeName: 'Luma', greeting: 'Hi', primaryColor: '#000', position: 'right' } };
    fetchMock.mockResolvedValue(jsonResponse({ data: { startVisitorSession: session } }));
    const transport = new GraphqlTransport('https://api.shopdesk.test');

    await expect(transport.startVisitorSession('pk_1', 'old-token')).resolves.toEqual(session);

    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(String(init.body)).variables).toEqual({ publicKey: 'pk_1', visitorToken: 'old-token' });
  });

  it('tells a changed cart from a returned business failure', async () => {
    const cart = { __typename: 'Cart', itemCount: 1, total: 57 };
    fetchMock
      .mockResolvedValueOnce(jsonResponse({ data: { addToCart: cart } }))
      .mockResolvedValueOnce(
        jsonResponse({ data: { addToCart: { __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK', message: 'Only 2 left' } } }),
      );
    const transport = new GraphqlTransport('https://api.shopdesk.test');

    await expect(transport.changeCart('t', { kind: 'add', variantId: 'v1', quantity: 1 })).resolves.toEqual({ ok: true, value: cart });
    await expect(transport.changeCart('t', { kind: 'add', variantId: 'v1', quantity: 5 })).resolves.toEqual({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
      message: 'Only 2 left',
    });
    expect(JSON.parse(String((fetchMock.mock.calls[1] as [string, RequestInit])[1].body)).variables).toEqual({
      input: { variantId: 'v1', quantity: 5 },
    });
  });

  it('gives checkout the order number, total and payment page of the new order', async () => {
    const link = {
      __typename: 'CheckoutLink',
      paymentUrl: 'https://checkout.stripe.test/c/1',
      expiresAt: '2025-01-02T12:00:00.000Z',
      order: { number: 'K7M2-9QXD', total: 57, currency: 'EUR', instalments: [] },
    };
    fetchMock.mockResolvedValue(jsonResponse({ data: { checkout: link } }));
    const transport = new GraphqlTransport('https://api.shopdesk.test');

    await expect(transport.checkout('t', { email: 'ada@example.test' })).resolves.toEqual({
      ok: true,
      value: { orderNumber: 'K7M2-9QXD', total: 57, currency: 'EUR', paymentUrl: link.paymentUrl, expiresAt: link.expiresAt, dueNow: null, instalmentCount: null },
    });
  });

  it('gives checkout of an order split into instalments the first one as what is due now', async () => {
    const link = {
      __typename: 'CheckoutLink',
      paymentUrl: 'https://checkout.stripe.test/c/2',
      expiresAt: '2025-01-02T12:00:00.000Z',
      // Listed out of order on purpose: the amount due now is instalment 1's, wherever it sits.
      order: {
        number: 'K7M2-9QXE',
        total: 200,
        currency: 'EUR',
        instalments: [
          { number: 2, amount: 66.66 },
          { number: 1, amount: 66.68 },
          { number: 3, amount: 66.66 },
        ],
      },
    };
    fetchMock.mockResolvedValue(jsonResponse({ data: { checkout: link } }));
    const transport = new GraphqlTransport('https://api.shopdesk.test');

    await expect(transport.checkout('t', { email: 'ada@example.test' })).resolves.toMatchObject({ ok: true, value: { total: 200, dueNow: 66.68, instalmentCount: 3 } });
    expect(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body)).toContain('instalments { number amount }');
  });

  it('turns the error code of a GraphQL error into a ChatApiError', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse({ errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }], data: null }),
    );
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    await expect(transport.fetchMessages('t', 'c1', 0, 50)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'Token expired' });
  });

  it('reports an unreachable server as a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    await expect(transport.startVisitorSession('pk_1')).rejects.toMatchObject({ code: 'NETWORK' });
  });

  it('asks for the messages after the last seen seq and passes on a missing conversation as null', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { conversation: null } }));
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    await expect(transport.fetchMessages('t', 'c9', 41, 50)).resolves.toBeNull();
    expect(JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body)).variables).toEqual({
      id: 'c9',
      afterSeq: 41,
      first: 50,
    });
  });
});

describe('GraphqlTransport live feed', () => {
  async function connect(transport: GraphqlTransport, feed: ConversationObserver): Promise<{ socket: FakeWebSocket; end: () => void }> {
    const end = transport.subscribe('visitor-token', 'c1', feed);
    await flush();
    const socket = FakeWebSocket.instances.at(-1)!;
    socket.open();
    await flush();
    socket.receive({ type: 'connection_ack' });
    await flush();
    return { socket, end };
  }

  it('authenticates the socket with the visitor token and subscribes to the conversation', async () => {
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    const feed = observer();
    const { socket, end } = await connect(transport, feed);

    expect(socket.url).toBe('wss://api.shopdesk.test/graphql');
    expect(socket.protocol).toBe('graphql-transport-ws');
    expect(socket.sent[0]).toEqual({ type: 'connection_init', payload: { authorization: 'Bearer visitor-token' } });
    expect(feed.connected).toHaveBeenCalledTimes(1);
    const subscribe = socket.sent.find((message) => message.type === 'subscribe')!;
    expect(subscribe.payload).toMatchObject({ variables: { conversationId: 'c1' } });
    expect(String(subscribe.payload?.query)).toContain('conversationEvents(conversationId: $conversationId)');

    const event = { type: 'MESSAGE_CREATED', conversation: { id: 'c1', status: 'BOT' }, message: reply };
    socket.receive({ type: 'next', id: subscribe.id, payload: { data: { conversationEvents: event } } });
    expect(feed.event).toHaveBeenCalledWith(event);
    end();
    transport.close();
  });

  it('sends messages over the open connection, and over HTTP again once it is lost', async () => {
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    const { socket, end } = await connect(transport, observer());
    const sending = transport.sendMessage('visitor-token', { conversationId: 'c1', text: 'Hi' });
    await flush();
    const send = socket.sent.find((message) => message.type === 'subscribe' && String(message.payload?.query).includes('sendMessage'))!;
    expect(send.payload).toMatchObject({ variables: { input: { conversationId: 'c1', text: 'Hi' } } });
    socket.receive({ type: 'next', id: send.id, payload: { data: { sendMessage: reply } } });
    socket.receive({ type: 'complete', id: send.id });
    await expect(sending).resolves.toEqual(reply);
    expect(fetchMock).not.toHaveBeenCalled();

    // A refusal reads as over HTTP.
    const limited = transport.sendMessage('visitor-token', { conversationId: 'c1', text: 'Again' });
    await flush();
    const again = socket.sent.filter((message) => message.type === 'subscribe').at(-1)!;
    socket.receive({ type: 'next', id: again.id, payload: { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }] } });
    await expect(limited).rejects.toMatchObject({ code: 'RATE_LIMITED' });

    socket.serverClose(1006);
    fetchMock.mockResolvedValue(jsonResponse({ data: { sendMessage: reply } }));
    await expect(transport.sendMessage('visitor-token', { conversationId: 'c1', text: 'Hi' })).resolves.toEqual(reply);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    end();
    transport.close();
  });

  it('reports a dropped connection as reconnecting', async () => {
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    const feed = observer();
    const { socket, end } = await connect(transport, feed);
    socket.serverClose(1006);
    expect(feed.reconnecting).toHaveBeenCalled();
    expect(feed.failed).not.toHaveBeenCalled();
    end();
    transport.close();
  });

  it('gives up with UNAUTHENTICATED when the server refuses the token', async () => {
    const transport = new GraphqlTransport('https://api.shopdesk.test');
    const feed = observer();
    const { socket, end } = await connect(transport, feed);
    socket.serverClose(4403, 'Forbidden');
    await flush();
    expect(feed.failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(feed.reconnecting).not.toHaveBeenCalled();
    end();
    transport.close();
  });
});
