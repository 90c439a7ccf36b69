import { parseLegalForm } from './legal-form-input.js';

describe('legal form', () => {
  it.each([
    ['bv', 'bv'],
    ['B.V.', 'bv'],
    ['Besloten Vennootschap', 'bv'],
    ['V.O.F.', 'vof'],
    ['Coöperatie', 'cooperatie'],
    ['Stichting', 'stichting'],
  ])('understands %j as %s', (raw, expected) => {
    expect(parseLegalForm(raw)).toBe(expected);
  });

  it('does not guess at unknown forms', () => {
    expect(parseLegalForm('Ltd.')).toBeNull();
  });
});
