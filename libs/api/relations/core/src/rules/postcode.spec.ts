import { formatPostcode, isValidPostcode, normalisePostcode } from './postcode.js';

describe('Dutch postcode', () => {
  it('normalises "5211 ab" to "5211AB"', () => {
    expect(normalisePostcode(' 5211 ab ')).toBe('5211AB');
  });

  it('accepts four digits and two letters', () => {
    expect(isValidPostcode('5211AB')).toBe(true);
    expect(isValidPostcode('1011AC')).toBe(true);
  });

  it('rejects a postcode starting with 0', () => {
    expect(isValidPostcode('0211AB')).toBe(false);
  });

  it.each(['SA', 'SD', 'SS'])('rejects the never-issued letter pair %s', (letters) => {
    expect(isValidPostcode(`5211${letters}`)).toBe(false);
  });

  it.each(['5211A', '52111AB', '5211 AB', 'ABCD12', '5211ab'])('rejects %j (unnormalised or malformed)', (value) => {
    expect(isValidPostcode(value)).toBe(false);
  });

  it('writes a postcode the way letters show it', () => {
    expect(formatPostcode('5211AB')).toBe('5211 AB');
  });
});
