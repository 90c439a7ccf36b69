import { isValidKvkNumber, normaliseKvkNumber } from './kvk-number.js';

describe('KvK number', () => {
  it('accepts eight digits', () => {
    expect(isValidKvkNumber('17123456')).toBe(true);
  });

  it.each(['1712345', '171234567', '1712345a', '', '17 123 456'])('rejects %j', (value) => {
    expect(isValidKvkNumber(value)).toBe(false);
  });

  it('drops the spaces and dots people copy from letterheads', () => {
    expect(normaliseKvkNumber(' 1712 3456 ')).toBe('17123456');
    expect(normaliseKvkNumber('17.12.34.56')).toBe('17123456');
  });
});
