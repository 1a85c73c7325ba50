import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomSecret } from '../crypto/secrets';
import { AppConfig } from './app-config';

/** The key that signs access and visitor tokens. */
export class JwtSecret {
  constructor(readonly value: string) {}

  /**
   * JWT_SECRET when set (required in production); otherwise a random secret generated once and kept
   * under DATA_DIR, so sessions survive restarts of a local install.
   */
  static resolve(config: AppConfig): JwtSecret {
    if (config.JWT_SECRET) return new JwtSecret(config.JWT_SECRET);
    const dir = resolve(config.DATA_DIR);
    const file = join(dir, 'jwt-secret');
    if (existsSync(file)) return new JwtSecret(readFileSync(file, 'utf8').trim());
    mkdirSync(dir, { recursive: true });
    const value = randomSecret(48);
    writeFileSync(file, value, { mode: 0o600 });
    chmodSync(file, 0o600);
    return new JwtSecret(value);
  }
}
