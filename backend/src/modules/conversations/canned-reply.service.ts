import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TenantContext } from '../../platform/context/tenant-context';
import { TenantDataService } from '../../platform/database/tenant-data.service';
import { NotFoundError, UserInputError } from '../../platform/graphql/app-errors';
import { CannedReply } from './canned-reply.entity';
import { cleanText } from './conversation.service';

const SHORTCUT = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_LISTED = 100;

/** The store's saved answers, shared by its team. */
@Injectable()
export class CannedReplyService {
  constructor(private readonly data: TenantDataService) {}

  /** By shortcut; `search` matches the shortcut's start or any part of the text. */
  list(ctx: TenantContext, search?: string): Promise<CannedReply[]> {
    const qb = this.data.repo(ctx, CannedReply).query('r');
    const term = search?.trim().toLowerCase().replace(/^\//, '');
    if (term) {
      const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
      qb.andWhere('(r.shortcut LIKE :prefix OR r.text ILIKE :anywhere)', { prefix: `${escaped}%`, anywhere: `%${escaped}%` });
    }
    return qb.orderBy('r.shortcut', 'ASC').take(MAX_LISTED).getMany();
  }

  async create(ctx: TenantContext, shortcut: string, text: string): Promise<CannedReply> {
    const values = { shortcut: normalizeShortcut(shortcut), text: cleanText(text) };
    return this.unique(() => this.data.repo(ctx, CannedReply).insert(values));
  }

  async update(ctx: TenantContext, id: string, shortcut: string, text: string): Promise<CannedReply> {
    const repo = this.data.repo(ctx, CannedReply);
    const changed = await this.unique(() => repo.update({ id }, { shortcut: normalizeShortcut(shortcut), text: cleanText(text) }));
    const reply = changed ? await repo.findOneBy({ id }) : null;
    if (!reply) throw new NotFoundError('Canned reply');
    return reply;
  }

  async remove(ctx: TenantContext, id: string): Promise<boolean> {
    if (!(await this.data.repo(ctx, CannedReply).delete({ id }))) throw new NotFoundError('Canned reply');
    return true;
  }

  private async unique<R>(write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new UserInputError('Another canned reply already uses this shortcut', { shortcut: ['taken'] });
      }
      throw error;
    }
  }
}

function normalizeShortcut(raw: string): string {
  const shortcut = raw.trim().toLowerCase().replace(/^\//, '');
  if (!SHORTCUT.test(shortcut)) {
    throw new UserInputError('A shortcut is 1 to 40 lower-case letters, digits or dashes', { shortcut: ['invalid'] });
  }
  return shortcut;
}
