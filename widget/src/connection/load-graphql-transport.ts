import type { TransportFactory } from './chat-transport';

/** Fetches the GraphQL transport (and graphql-ws with it) only when the visitor first opens the chat. */
export const loadGraphqlTransport: TransportFactory = async (apiBase) => {
  const { GraphqlTransport } = await import('./graphql-transport');
  return new GraphqlTransport(apiBase);
};
