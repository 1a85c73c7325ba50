import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { OrderStatus } from '../entities/order-status';
import { PAYMENT_STATES, type PaymentState } from '../order-query.service';

/** The order list's filter as query parameters of the CSV download; `status` is a comma-separated list. */
export class OrderExportQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : value))
  @IsEnum(OrderStatus, { each: true })
  status?: OrderStatus[];

  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @IsOptional()
  @IsIn(['chat', 'staff'])
  source?: 'chat' | 'staff';

  @IsOptional()
  @IsIn(PAYMENT_STATES)
  paymentState?: PaymentState;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  createdAfter?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  createdBefore?: Date;
}
