import { normaliseOrganisationInput } from '../organisations/organisation-input.js';
import type { OrganisationFields } from '../organisations/organisation.js';
import { bakeryProfile } from './testing/company-profiles.js';
import { organisationDifferencesFromProfile } from './organisation-differences.js';
import { organisationPrefillFromProfile } from './organisation-prefill.js';

/** The bakery as the CRM would store it after registering it from the profile. */
function storedBakery(overrides: Partial<Parameters<typeof normaliseOrganisationInput>[0]> = {}): OrganisationFields {
  return normaliseOrganisationInput({ ...organisationPrefillFromProfile(bakeryProfile()), phone: '073 123 4567', ...overrides });
}

describe('organisation fields from a register profile', () => {
  it('maps the profile to normalised organisation fields, main activity first', () => {
    const prefill = organisationPrefillFromProfile(
      bakeryProfile({
        sbiActivities: [
          { code: '47.24', description: 'Winkels in brood', main: false },
          { code: '10.71', description: 'Brood', main: true },
        ],
        website: 'www.bakkerijvandijk.nl',
      }),
    );
    expect(prefill).toEqual({
      name: 'Bakkerij Van Dijk B.V.',
      kvkNumber: '17123456',
      vestigingsnummer: '000012345678',
      legalForm: 'bv',
      sbiCodes: ['1071', '4724'],
      visitingAddress: { street: 'Markt', houseNumber: '1', houseNumberAddition: null, postcode: '5211JX', city: "'s-Hertogenbosch", country: 'NL' },
      postalAddress: { street: 'Postbus', houseNumber: '1234', houseNumberAddition: null, postcode: '5200BA', city: "'s-Hertogenbosch", country: 'NL' },
      website: 'https://www.bakkerijvandijk.nl',
    });
  });
});

describe('differences between an organisation and the register', () => {
  it('finds none when the organisation agrees with the register', () => {
    expect(organisationDifferencesFromProfile(storedBakery(), bakeryProfile())).toEqual([]);
  });

  it('lists each differing field with both values, in form order', () => {
    const organisation = storedBakery({
      name: 'Bakkerij van Dijk',
      legalForm: null,
      visitingAddress: { street: 'Markt', houseNumber: '3', postcode: '5211 JX', city: "'s-Hertogenbosch" },
    });
    expect(organisationDifferencesFromProfile(organisation, bakeryProfile())).toEqual([
      { field: 'name', current: 'Bakkerij van Dijk', fromKvk: 'Bakkerij Van Dijk B.V.' },
      { field: 'legalForm', current: null, fromKvk: 'bv' },
      {
        field: 'visitingAddress',
        current: expect.objectContaining({ houseNumber: '3' }),
        fromKvk: expect.objectContaining({ houseNumber: '1' }),
      },
    ]);
  });

  it('ignores spelling the rules normalise away and the order of SBI codes', () => {
    const organisation = storedBakery({ sbiCodes: ['47.24', '10.71'], website: 'www.bakkerijvandijk.nl' });
    expect(organisationDifferencesFromProfile(organisation, bakeryProfile())).toEqual([]);
  });

  it('never proposes to clear what the register leaves empty', () => {
    const organisation = storedBakery({ website: 'https://bakkerij.example.nl' });
    const profile = bakeryProfile({ website: null, postalAddress: null, sbiActivities: [], legalForm: null });
    expect(organisationDifferencesFromProfile(organisation, profile)).toEqual([]);
  });

  it('keeps the number and address of another branch than the main one', () => {
    const organisation = storedBakery({
      vestigingsnummer: '000087654321',
      visitingAddress: { street: 'Hoofdstraat', houseNumber: '10', postcode: '5241 AB', city: 'Rosmalen' },
      name: 'Bakkerij Van Dijk Rosmalen',
    });
    expect(organisationDifferencesFromProfile(organisation, bakeryProfile()).map((difference) => difference.field)).toEqual(['name']);
  });

  it('proposes the main branch number to an organisation that has none', () => {
    const organisation = storedBakery({ vestigingsnummer: null });
    expect(organisationDifferencesFromProfile(organisation, bakeryProfile())).toEqual([
      { field: 'vestigingsnummer', current: null, fromKvk: '000012345678' },
    ]);
  });
});
