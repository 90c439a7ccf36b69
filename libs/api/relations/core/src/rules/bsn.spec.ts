import { bsnCheckDigit, isValidBsn, normaliseBsn } from './bsn.js';

describe('BSN (11-proef)', () => {
  it.each(['111222333', '123456782', '999990019'])('accepts %s, whose weighted digits add up to a multiple of 11', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it('rejects a number with one digit wrong', () => {
    expect(isValidBsn('111222334')).toBe(false);
    expect(isValidBsn('123456789')).toBe(false);
  });

  it('rejects numbers that are not nine digits', () => {
    expect(isValidBsn('11122233')).toBe(false);
    expect(isValidBsn('1112223330')).toBe(false);
    expect(isValidBsn('11122233a')).toBe(false);
  });

  it('rejects 000000000 although its sum is 0', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('tolerates spaces, dots and dashes as typed', () => {
    expect(normaliseBsn('1112.22.333')).toBe('111222333');
    expect(normaliseBsn('111 222 333')).toBe('111222333');
  });

  it('computes the check digit that completes a valid BSN', () => {
    expect(bsnCheckDigit('11122233')).toBe(3);
    expect(isValidBsn(`12345678${bsnCheckDigit('12345678')}`)).toBe(true);
  });

  it('reports when no check digit can complete the number', () => {
    // One in eleven prefixes leaves remainder 10, which no single digit can cancel.
    const impossible = Array.from({ length: 1000 }, (_, i) => `1000${String(i).padStart(4, '0')}`).find((prefix) => bsnCheckDigit(prefix) === null);
    expect(impossible).toBeDefined();
  });
});
