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

  it('checks the postal address by the organisation rules, naming each part', () => {
    const errors = validatePersonInput({ achternaam: 'Bakker', postalAddress: { street: 'Markt', houseNumber: '1a', postcode: '0123 AB' } });
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['postalAddress.postcode', 'postcode.invalid'],
      ['postalAddress.houseNumber', 'house-number.invalid'],
      ['postalAddress.city', 'city.required'],
    ]);
    // Abroad, the Dutch postcode and house number rules do not apply.
    expect(validatePersonInput({ achternaam: 'Peeters', postalAddress: { street: 'Grote Markt', houseNumber: '1A', postcode: 'B-2000', city: 'Antwerpen', country: 'be' } })).toEqual([]);
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
      postalAddress: null,
    });
  });

  it('normalises the postal address as an organisation’s, and treats a blank one as none', () => {
    const address = { street: ' Hinthamerstraat ', houseNumber: '74', houseNumberAddition: ' ', postcode: '5211 mr', city: "'s-Hertogenbosch" };
    expect(normalisePersonInput({ achternaam: 'Bakker', postalAddress: address }).postalAddress).toEqual({
      street: 'Hinthamerstraat',
      houseNumber: '74',
      houseNumberAddition: null,
      postcode: '5211MR',
      city: "'s-Hertogenbosch",
      country: 'NL',
    });
    expect(normalisePersonInput({ achternaam: 'Bakker', postalAddress: { street: ' ', city: '' } }).postalAddress).toBeNull();
  });
});
