import { isValidVestigingsnummer, normaliseVestigingsnummer } from './vestigingsnummer.js';

describe('vestigingsnummer', () => {
  it('accepts twelve digits, leading zeros included', () => {
    expect(isValidVestigingsnummer('000012345678')).toBe(true);
  });

  it.each(['12345678', '0000123456789', '00001234567a'])('rejects %j', (value) => {
    expect(isValidVestigingsnummer(value)).toBe(false);
  });

  it('drops spaces', () => {
    expect(normaliseVestigingsnummer('0000 1234 5678')).toBe('000012345678');
  });
});
