import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts BSNs at rest (AES-256-GCM: a fresh IV per value, tampering detected) and derives
 * a keyed hash to look a BSN up or keep it unique without decrypting every row.
 */
export class BsnCipher {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('The BSN key must be 32 bytes');
    // Separate keys per purpose, derived from the one configured secret.
    this.encryptionKey = createHmac('sha256', masterKey).update('bsn-encryption').digest();
    this.lookupKey = createHmac('sha256', masterKey).update('bsn-lookup').digest();
  }

  encrypt(bsn: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const data = Buffer.concat([cipher.update(bsn, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]);
  }

  decrypt(sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  }

  lookupHash(bsn: string): string {
    return createHmac('sha256', this.lookupKey).update(bsn).digest('hex');
  }
}
