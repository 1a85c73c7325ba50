import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { Observable, catchError, map, throwError } from 'rxjs';
import { apiErrorCodeOf, type GraphQLErrorLike } from '../graphql/api-error-code';
import { ApiError } from '../graphql/api-error';
import { GRAPHQL_PATH } from '../graphql/graphql-path';
import { LOGIN, LOGOUT, REFRESH_TOKEN, type AuthPayload, type LoginInput } from './auth.graphql';

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly GraphQLErrorLike[];
}

/**
 * The session mutations. They go straight over HTTP rather than through Apollo: they must not
 * carry the (possibly stale) bearer token nor trigger the refresh-on-UNAUTHENTICATED retry that
 * Apollo's links apply to every other operation.
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(input: LoginInput): Observable<AuthPayload> {
    return this.execute(LOGIN, { input }).pipe(map((data) => data.login));
  }

  /** Reads and rotates the httpOnly refresh cookie. */
  refreshToken(): Observable<AuthPayload> {
    return this.execute(REFRESH_TOKEN, {}).pipe(map((data) => data.refreshToken));
  }

  logout(): Observable<boolean> {
    return this.execute(LOGOUT, {}).pipe(map((data) => data.logout));
  }

  private execute<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Observable<TData> {
    return this.http
      .post<GraphQLResponse<TData>>(GRAPHQL_PATH, { query: print(document), variables }, { withCredentials: true })
      .pipe(
        catchError((error: unknown) => {
          if (error instanceof HttpErrorResponse) {
            return throwError(() => new ApiError(apiErrorCodeOf(error.error, error.status), error.message));
          }
          return throwError(() => error);
        }),
        map((response) => {
          if (response.errors?.length || !response.data) {
            throw new ApiError(apiErrorCodeOf(response, 200), response.errors?.[0]?.message ?? 'Empty response');
          }
          return response.data;
        }),
      );
  }
}
