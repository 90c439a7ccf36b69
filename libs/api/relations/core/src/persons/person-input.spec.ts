import { normalisePersonInput, validatePersonInput } from './person-input.js';

describe('validating a person', () => {
  it('accepts a resident with a valid BSN', () => {
    expect(validatePersonInput({ voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg', bsn: '111222333' })).toEqual([]);
  });

  it('lists every invalid field at once', () => {
    const errors = validatePersonInput({ achternaam: ' ', email: 'jan@', phone: '06', bsn: '111222334', tussenvoegsel: 'x'.repeat(31) });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['achternaam', 'achternaam.required'],
      ['tussenvoegsel', 'tussenvoegsel.too-long'],
      ['email', 'email.invalid'],
      ['phone', 'phone.invalid'],
      ['bsn', 'bsn.invalid'],
    ]);
  });

  it('never repeats the BSN in an error', () => {
    const errors = validatePersonInput({ achternaam: 'Berg', bsn: '111222334' });
    expect(JSON.stringify(errors)).not.toContain('111222334');
  });
});

describe('normalising a person', () => {
  it('trims names, keeps blanks as null and stores the BSN as nine digits', () => {
    expect(normalisePersonInput({ voornaam: ' Jan ', tussenvoegsel: ' van  der ', achternaam: 'Berg ', email: ' ', phone: '', bsn: '1112.22.333' })).toEqual({
      voornaam: 'Jan',
      tussenvoegsel: 'van der',
      achternaam: 'Berg',
      email: null,
      phone: null,
      bsn: '111222333',
    });
  });
});
