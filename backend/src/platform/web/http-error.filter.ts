import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/app-errors';

const STATUS_OF_CODE: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * For plain HTTP routes guarded like GraphQL operations (downloads, uploads): the app's typed errors,
 * thrown by the access guard or the service, become status codes with a `{ code, message }` body.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    // A streamed response has already sent its status; all that is left is to cut it short.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const [status, code, message] =
      error instanceof GraphQLError
        ? [STATUS_OF_CODE[String(error.extensions?.code)] ?? 500, String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR), error.message]
        : error instanceof HttpException
          ? [error.getStatus(), 'HTTP_ERROR', error.message]
          : [500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong'];
    res.status(status).json({ code, message });
  }
}
