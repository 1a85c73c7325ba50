import { Check, Column, Entity, Index } from 'typeorm';
import { TenantOwnedEntity } from '../../../platform/database/tenant-owned.entity';

/** A shopper's review; the product's rating and review count are computed from these. */
@Entity('product_reviews')
@Check('ck_product_reviews_rating', '"rating" BETWEEN 1 AND 5')
@Index('ix_product_reviews_tenant_product', ['tenantId', 'productId'])
export class ProductReview extends TenantOwnedEntity {
  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'varchar', length: 255, default: '' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  author!: string;
}
