import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { JwtSecret } from '../../../platform/config/jwt-secret';

const INFO = 'shopdesk assistant provider keys v1';

/**
 * Encrypts stores' model API keys at rest with AES-256-GCM under a key derived (HKDF) from the
 * server secret, so a database dump alone reveals no key. Tampered ciphertext fails to decrypt.
 */
@Injectable()
export class ProviderKeyCipher {
  private readonly key: Buffer;

  constructor(secret: JwtSecret) {
    this.key = Buffer.from(hkdfSync('sha256', secret.value, 'shopdesk', INFO, 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  decrypt(sealed: string): string {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }
}
