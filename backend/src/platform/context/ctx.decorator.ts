import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { TenantContext } from './tenant-context';
import { tenantContextOf } from './request-context';

/** Injects the TenantContext the guard built for this request or subscription. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): TenantContext => tenantContextOf(context));
