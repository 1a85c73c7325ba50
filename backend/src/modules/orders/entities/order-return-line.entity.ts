import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** How many units of one order line a return sends back, and how many of them went back on the shelf. */
@Entity('order_return_lines')
@Index('ix_order_return_lines_tenant_return', ['tenantId', 'returnId'])
@Index('ix_order_return_lines_tenant_order_line', ['tenantId', 'orderLineId'])
@Check('ck_order_return_lines_quantity', '"quantity" > 0 AND "restocked_quantity" >= 0 AND "restocked_quantity" <= "quantity"')
export class OrderReturnLine extends TenantOwnedEntity {
  @Column({ name: 'return_id', type: 'uuid' })
  returnId!: string;

  @Column({ name: 'order_line_id', type: 'uuid' })
  orderLineId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'restocked_quantity', type: 'integer', default: 0 })
  restockedQuantity!: number;
}
