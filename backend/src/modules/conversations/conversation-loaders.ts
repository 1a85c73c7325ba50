import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { TenantContext } from '../../platform/context/tenant-context';
import { NotFoundError } from '../../platform/graphql/app-errors';
import { Visitor } from './visitor.entity';
import { VisitorSessionService } from './visitor-session.service';

/** Per-request batching of relation lookups (one query for a page of conversations' visitors). */
@Injectable()
export class ConversationLoaders {
  private readonly visitorLoaders = new WeakMap<TenantContext, DataLoader<string, Visitor | undefined>>();

  constructor(private readonly sessions: VisitorSessionService) {}

  async visitor(ctx: TenantContext, id: string): Promise<Visitor> {
    let loader = this.visitorLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const found = await this.sessions.byIds(ctx, ids);
        return ids.map((i) => found.get(i));
      });
      this.visitorLoaders.set(ctx, loader);
    }
    const visitor = await loader.load(id);
    if (!visitor) throw new NotFoundError('Visitor');
    return visitor;
  }
}
