import type { CompanyProfile } from '../company-profile.js';

/** A bakery as the register describes it; tests change what they need. */
export function bakeryProfile(overrides: Partial<CompanyProfile> = {}): CompanyProfile {
  return {
    kvkNumber: '17123456',
    vestigingsnummer: '000012345678',
    name: 'Bakkerij Van Dijk B.V.',
    statutoryName: 'Bakkerij Van Dijk B.V.',
    tradeNames: ['Bakkerij Van Dijk', 'Van Dijk Banket'],
    legalForm: 'bv',
    legalFormDescription: 'Besloten Vennootschap',
    sbiActivities: [
      { code: '1071', description: 'Vervaardiging van brood en vers banketbakkerswerk', main: true },
      { code: '4724', description: 'Winkels in brood en banketbakkerswerk', main: false },
    ],
    visitingAddress: { street: 'Markt', houseNumber: '1', houseNumberAddition: null, postcode: '5211JX', city: "'s-Hertogenbosch", country: 'NL' },
    postalAddress: { street: 'Postbus', houseNumber: '1234', houseNumberAddition: null, postcode: '5200BA', city: "'s-Hertogenbosch", country: 'NL' },
    website: 'https://www.bakkerijvandijk.nl',
    active: true,
    ...overrides,
  };
}
