import { GraphQLClient } from './graphql-client';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken expiresIn user { id email role } tenant { id name slug } }
}`;

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken user { id email role } tenant { id slug } }
}`;

export interface SignedUpStore {
  client: GraphQLClient;
  token: string;
  tenantId: string;
  slug: string;
  userId: string;
  email: string;
  password: string;
}

let counter = 0;

/** Signs up a new store and returns a client signed in as its owner. */
export async function signUpStore(client: GraphQLClient, storeName = `Store ${++counter}`): Promise<SignedUpStore> {
  const email = `owner${Date.now()}${++counter}@example.com`;
  const password = 'correct horse battery staple';
  const data = await client.ok<{ signUp: { accessToken: string; tenant: { id: string; slug: string }; user: { id: string } } }>(SIGN_UP, {
    input: { storeName, email, password },
  });
  client.token = data.signUp.accessToken;
  return { client, token: data.signUp.accessToken, tenantId: data.signUp.tenant.id, slug: data.signUp.tenant.slug, userId: data.signUp.user.id, email, password };
}
