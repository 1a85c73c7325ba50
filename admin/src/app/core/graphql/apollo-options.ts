import { HttpHeaders } from '@angular/common/http';
import { inject } from '@angular/core';
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { from, switchMap, throwError } from 'rxjs';
import { AuthSession } from '../auth/auth-session';
import { apiErrorCodeOf, errorCodesOf, type ApiErrorCode } from './api-error-code';
import { GRAPHQL_PATH } from './graphql-path';
import { RealtimeConnection } from './realtime-connection';
import { unauthenticatedAction } from './unauthenticated-action';

/** Context flag marking an operation already retried after a token refresh. */
const RETRIED_AFTER_REFRESH = 'retriedAfterRefresh';

/** Apollo for the staff app: queries and mutations over HTTP, subscriptions over graphql-ws, both authenticated. */
export function apolloOptions(): ApolloClient.Options {
  const auth = inject(AuthSession);
  const httpLink = inject(HttpLink).create({ uri: GRAPHQL_PATH, withCredentials: true });
  const wsLink = new GraphQLWsLink(inject(RealtimeConnection).client);

  const authLink = new SetContextLink(async (context) => {
    const token = await auth.usableAccessToken();
    if (!token) return {};
    const headers = context['headers'] instanceof HttpHeaders ? context['headers'] : new HttpHeaders();
    return { headers: headers.set('Authorization', `Bearer ${token}`) };
  });

  const errorLink = new ErrorLink(({ error, operation, forward }) => {
    const action = unauthenticatedAction(codesOf(error), operation.getContext()[RETRIED_AFTER_REFRESH] === true);
    if (action === 'none') return;
    if (action === 'sign-out') {
      void auth.expire();
      return;
    }
    return from(auth.refresh()).pipe(
      switchMap((renewed) => {
        if (!renewed) {
          void auth.expire();
          return throwError(() => error);
        }
        operation.setContext({ [RETRIED_AFTER_REFRESH]: true });
        return forward(operation);
      }),
    );
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    httpLink,
  );

  return {
    link: ApolloLink.from([errorLink, authLink, transport]),
    cache: new InMemoryCache(),
  };
}

function codesOf(error: unknown): ApiErrorCode[] {
  if (CombinedGraphQLErrors.is(error)) return errorCodesOf(error.errors);
  if (ServerError.is(error)) return [apiErrorCodeOf(parseJson(error.bodyText), error.statusCode)];
  return [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
