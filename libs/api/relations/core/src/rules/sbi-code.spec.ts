import { isValidSbiCode, normaliseSbiCode, normaliseSbiCodes } from './sbi-code.js';

describe('SBI code', () => {
  it('stores codes written with dots as digits only', () => {
    expect(normaliseSbiCode('47.24')).toBe('4724');
    expect(normaliseSbiCode('56.10.1')).toBe('56101');
  });

  it.each(['47', '471', '4724', '56101', '0141'])('accepts division, group, class and subclass codes such as %s', (code) => {
    expect(isValidSbiCode(code)).toBe(true);
  });

  it.each(['4', '561011', '47a4', '0012', '4012'])('rejects %s', (code) => {
    expect(isValidSbiCode(code)).toBe(false);
  });

  it('drops blanks and repeats from a list', () => {
    expect(normaliseSbiCodes(['47.24', '4724', ' ', '1071'])).toEqual(['4724', '1071']);
  });
});
