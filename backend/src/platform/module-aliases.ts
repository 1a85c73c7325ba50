import { join } from 'node:path';
import { register } from 'tsconfig-paths';

/**
 * tsc keeps `@shopdesk/*` imports as written; map them to the compiled libs next to the compiled
 * backend (dist/backend/{backend,libs}). Under ts-node/jest the tsconfig paths already apply.
 */
if (__filename.endsWith('.js')) {
  register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@shopdesk/shared': ['libs/shared/src/index'] } });
}
