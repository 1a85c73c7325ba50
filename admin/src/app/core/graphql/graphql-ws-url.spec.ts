import { graphqlWsUrl } from './graphql-ws-url';

describe('graphqlWsUrl', () => {
  it('uses a secure socket on the same host when the page is served over https', () => {
    expect(graphqlWsUrl({ protocol: 'https:', host: 'shop.example.com' })).toBe('wss://shop.example.com/graphql');
  });

  it('keeps the port of a local server', () => {
    expect(graphqlWsUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
  });
});
