import { isValidPhoneNumber, normalisePhoneNumber } from './phone-number.js';

describe('phone number (lenient)', () => {
  it.each(['073 615 51 55', '073-6155155', '+31 (0)73 615 5155', '06 12345678', '+32 2 123 45 67'])('accepts %s', (value) => {
    expect(isValidPhoneNumber(value)).toBe(true);
  });

  it('rejects fewer than 10 or more than 15 digits', () => {
    expect(isValidPhoneNumber('073 61551')).toBe(false);
    expect(isValidPhoneNumber('+31 73 615 5155 1234 5')).toBe(false);
  });

  it('rejects letters and a "+" anywhere but the start', () => {
    expect(isValidPhoneNumber('073 615 51 55 toestel 12')).toBe(false);
    expect(isValidPhoneNumber('073+6155155')).toBe(false);
  });

  it('keeps the layout but trims and collapses spaces', () => {
    expect(normalisePhoneNumber('  073   615 51 55 ')).toBe('073 615 51 55');
  });
});
