import { normaliseOrganisationInput, validateOrganisationInput } from './organisation-input.js';
import type { OrganisationInput } from './organisation.js';

const relationTypeCodes = ['partner', 'leverancier', 'klant', 'subsidieontvanger'];

const bakery: OrganisationInput = {
  name: 'Bakkerij Van Dijk',
  kvkNumber: '17123456',
  vestigingsnummer: '000012345678',
  legalForm: 'eenmanszaak',
  sbiCodes: ['10.71', '4724'],
  visitingAddress: { street: 'Hinthamerstraat', houseNumber: '12', postcode: '5211 ab', city: "'s-Hertogenbosch" },
  phone: '073 615 51 55',
  email: 'info@bakkerijvandijk.nl',
  website: 'www.bakkerijvandijk.nl',
  relationTypes: ['leverancier'],
  tags: ['Horeca', 'binnenstad'],
  status: 'actief',
};

describe('validating an organisation', () => {
  it('accepts a complete, correct organisation', () => {
    expect(validateOrganisationInput(bakery, { relationTypeCodes })).toEqual([]);
  });

  it('lists every invalid field at once, by its dotted path', () => {
    const errors = validateOrganisationInput(
      {
        name: '  ',
        kvkNumber: '1234',
        vestigingsnummer: '12',
        legalForm: 'limited',
        sbiCodes: ['4724', '47a'],
        visitingAddress: { street: 'Markt', houseNumber: '1a', postcode: '0211 AB', city: '' },
        postalAddress: { street: 'Postbus', houseNumber: '123', postcode: '5201SS', city: "'s-Hertogenbosch" },
        phone: '12345',
        email: 'info@',
        website: 'ftp://bakkerij.nl',
        relationTypes: ['klant', 'concurrent'],
        tags: ['x'.repeat(51)],
        status: 'failliet',
      },
      { relationTypeCodes },
    );
    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ['name', 'name.required'],
      ['kvkNumber', 'kvk-number.invalid'],
      ['vestigingsnummer', 'vestigingsnummer.invalid'],
      ['legalForm', 'legal-form.unknown'],
      ['sbiCodes.1', 'sbi-code.invalid'],
      ['visitingAddress.postcode', 'postcode.invalid'],
      ['visitingAddress.houseNumber', 'house-number.invalid'],
      ['visitingAddress.city', 'city.required'],
      ['postalAddress.postcode', 'postcode.invalid'],
      ['phone', 'phone.invalid'],
      ['email', 'email.invalid'],
      ['website', 'website.invalid'],
      ['relationTypes.1', 'relation-type.unknown'],
      ['tags.0', 'tag.too-long'],
      ['status', 'status.unknown'],
    ]);
    for (const error of errors) expect(error.message).toMatch(/\S/);
  });

  it('refuses a vestigingsnummer without a KvK number', () => {
    const errors = validateOrganisationInput({ name: 'Filiaal', vestigingsnummer: '000012345678' }, { relationTypeCodes });
    expect(errors).toEqual([expect.objectContaining({ field: 'vestigingsnummer', code: 'vestigingsnummer.requires-kvk-number' })]);
  });

  it('skips the Dutch postcode format for foreign addresses', () => {
    const errors = validateOrganisationInput(
      { name: 'Brouwerij Leuven', visitingAddress: { street: 'Vaartkom', houseNumber: '31b', postcode: 'B-3000', city: 'Leuven', country: 'be' } },
      { relationTypeCodes },
    );
    expect(errors).toEqual([]);
  });

  it('checks relation types against the list it is given', () => {
    expect(validateOrganisationInput({ name: 'X', relationTypes: ['partner'] }, { relationTypeCodes: ['klant'] })).toEqual([
      expect.objectContaining({ field: 'relationTypes.0', code: 'relation-type.unknown' }),
    ]);
  });
});

describe('normalising an organisation', () => {
  it('stores trimmed values, blanks as null and codes in their canonical form', () => {
    const fields = normaliseOrganisationInput({
      ...bakery,
      name: '  Bakkerij Van Dijk ',
      kvkNumber: '1712 3456',
      legalForm: 'B.V.',
      phone: '  073   615 51 55',
      email: 'Info@BakkerijVanDijk.NL',
      relationTypes: ['Leverancier', 'leverancier'],
      ownerId: '  ',
      postalAddress: { street: ' ', city: '' },
    });
    expect(fields).toEqual({
      name: 'Bakkerij Van Dijk',
      kvkNumber: '17123456',
      vestigingsnummer: '000012345678',
      legalForm: 'bv',
      sbiCodes: ['1071', '4724'],
      visitingAddress: {
        street: 'Hinthamerstraat',
        houseNumber: '12',
        houseNumberAddition: null,
        postcode: '5211AB',
        city: "'s-Hertogenbosch",
        country: 'NL',
      },
      postalAddress: null,
      phone: '073 615 51 55',
      email: 'Info@bakkerijvandijk.nl',
      website: 'https://www.bakkerijvandijk.nl',
      relationTypes: ['leverancier'],
      tags: ['horeca', 'binnenstad'],
      ownerId: null,
      status: 'actief',
    });
  });

  it('makes a new organisation active unless told otherwise', () => {
    expect(normaliseOrganisationInput({ name: 'Nieuw' }).status).toBe('actief');
  });

  it('turns empty strings into null', () => {
    const fields = normaliseOrganisationInput({ name: 'X', kvkNumber: '', phone: ' ', email: '', website: '', legalForm: '' });
    expect(fields).toMatchObject({ kvkNumber: null, phone: null, email: null, website: null, legalForm: null });
  });
});
