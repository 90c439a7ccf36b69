import { randomBytes } from 'node:crypto';
import { BsnCipher } from './bsn-cipher.js';

describe('BSN encryption at rest', () => {
  const cipher = new BsnCipher(randomBytes(32));

  it('gives back the BSN it sealed, and never the same ciphertext twice', () => {
    const first = cipher.encrypt('111222333');
    const second = cipher.encrypt('111222333');
    expect(cipher.decrypt(first)).toBe('111222333');
    expect(first.equals(second)).toBe(false);
    expect(first.toString('latin1')).not.toContain('111222333');
  });

  it('refuses a ciphertext that was altered', () => {
    const sealed = cipher.encrypt('111222333');
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 0xff, sealed.length - 1);
    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it('finds the same BSN by the same lookup hash, and only with the same key', () => {
    expect(cipher.lookupHash('111222333')).toBe(cipher.lookupHash('111222333'));
    expect(new BsnCipher(randomBytes(32)).lookupHash('111222333')).not.toBe(cipher.lookupHash('111222333'));
  });
});
