import type { LegalForm } from '../organisations/organisation.js';
import type { DemoRandom } from './demo-random.js';
import { FANCY_NAMES, REGIONAL_NAMES } from './demo-vocabulary.js';

/** A family name as a company name uses it: "Van Dijk" (the tussenvoegsel capitalised when it leads). */
export type FamilyName = readonly [tussenvoegsel: string | null, achternaam: string];

/** What a generated name decides about the organisation. */
export interface DemoName {
  name: string;
  /** The name without legal suffix, for the web and e-mail domain. */
  brand: string;
  legalForm: LegalForm;
  /** The family in the name, whose member is the owner and first contact person. */
  family: FamilyName | null;
}

interface Activity {
  word: string;
  sbiCodes: readonly string[];
}

/** One kind of organisation a gemeente deals with, and how such organisations look. */
export interface DemoOrganisationKind {
  weight: number;
  activities: readonly Activity[];
  /** `area` is the village or neighbourhood the organisation is in. */
  name(random: DemoRandom, activity: Activity, family: FamilyName, area: string): DemoName;
  relationTypes: readonly (readonly [string, number])[];
  tags: readonly string[];
  functions: readonly string[];
  /** Fewest and most contact persons. */
  contacts: readonly [number, number];
}

export function familyInName([tussenvoegsel, achternaam]: FamilyName): string {
  return tussenvoegsel ? `${tussenvoegsel.charAt(0).toUpperCase()}${tussenvoegsel.slice(1)} ${achternaam}` : achternaam;
}

const COMPANY_FUNCTIONS = ['Directeur', 'Financieel directeur', 'Inkoper', 'Accountmanager', 'Office manager', 'HR-adviseur', 'Projectleider', 'Bedrijfsleider'];
const SMALL_BUSINESS_FUNCTIONS = ['Bedrijfsleider', 'Administratief medewerker', 'Werkvoorbereider', 'Medewerker verkoop'];
const BOARD_FUNCTIONS = ['Voorzitter', 'Secretaris', 'Penningmeester', 'Bestuurslid'];

function business(random: DemoRandom, activity: Activity, family: FamilyName): DemoName {
  const style = random.int(5);
  if (style === 0) {
    const brand = `${activity.word} ${random.pick(REGIONAL_NAMES)}`;
    return { name: `${brand} B.V.`, brand, legalForm: 'bv', family: null };
  }
  if (style === 1) {
    const brand = `${familyInName(family)} ${activity.word}`;
    return { name: `${brand} B.V.`, brand, legalForm: 'bv', family };
  }
  if (style === 2) {
    const brand = `Gebr. ${familyInName(family)} ${activity.word}`;
    return { name: brand, brand, legalForm: 'vof', family };
  }
  const brand = `${activity.word} ${familyInName(family)}`;
  return { name: brand, brand, legalForm: 'eenmanszaak', family };
}

export const DEMO_ORGANISATION_KINDS: readonly DemoOrganisationKind[] = [
  {
    weight: 35,
    activities: [
      { word: 'Bakkerij', sbiCodes: ['1071', '4724'] },
      { word: 'Slagerij', sbiCodes: ['4722'] },
      { word: 'Installatiebedrijf', sbiCodes: ['4322'] },
      { word: 'Elektrotechniek', sbiCodes: ['4321'] },
      { word: 'Schildersbedrijf', sbiCodes: ['4334'] },
      { word: 'Timmerbedrijf', sbiCodes: ['4332'] },
      { word: 'Hoveniersbedrijf', sbiCodes: ['8130'] },
      { word: 'Bouwbedrijf', sbiCodes: ['4120'] },
      { word: 'Autobedrijf', sbiCodes: ['4511', '4520'] },
      { word: 'Dakdekkersbedrijf', sbiCodes: ['4391'] },
      { word: 'Transportbedrijf', sbiCodes: ['4941'] },
      { word: 'Schoonmaakbedrijf', sbiCodes: ['8121'] },
      { word: 'Drukkerij', sbiCodes: ['1812'] },
      { word: 'Kapsalon', sbiCodes: ['9602'] },
      { word: 'Tweewielers', sbiCodes: ['4764', '9529'] },
      { word: 'Bloembinderij', sbiCodes: ['4776'] },
      { word: 'Metaalbewerking', sbiCodes: ['2562'] },
      { word: 'Groothandel', sbiCodes: ['4690'] },
    ],
    name: business,
    relationTypes: [['leverancier', 5], ['klant', 3], ['partner', 1]],
    tags: ['mkb', 'familiebedrijf', 'bouw', 'duurzaam', 'social return', 'starter', 'vakmanschap'],
    functions: SMALL_BUSINESS_FUNCTIONS,
    contacts: [1, 2],
  },
  {
    weight: 20,
    activities: [
      { word: 'Advies', sbiCodes: ['7022'] },
      { word: 'Accountants', sbiCodes: ['6920'] },
      { word: 'Advocaten', sbiCodes: ['6910'] },
      { word: 'Architecten', sbiCodes: ['7111'] },
      { word: 'Ingenieurs', sbiCodes: ['7112'] },
      { word: 'ICT', sbiCodes: ['6201', '6202'] },
      { word: 'Communicatie', sbiCodes: ['7311', '7021'] },
      { word: 'Uitzendbureau', sbiCodes: ['7820'] },
      { word: 'Makelaardij', sbiCodes: ['6831'] },
      { word: 'Administratiekantoor', sbiCodes: ['6920'] },
    ],
    name(random, activity, family) {
      const style = random.int(4);
      if (style === 0) {
        const brand = `${random.pick(REGIONAL_NAMES)} ${activity.word}`;
        return { name: `${brand} B.V.`, brand, legalForm: 'bv', family: null };
      }
      if (style === 1 && ['Advocaten', 'Accountants', 'Architecten'].includes(activity.word)) {
        const brand = `${familyInName(family)} & Partners ${activity.word}`;
        return { name: brand, brand, legalForm: 'maatschap', family };
      }
      const brand = `${familyInName(family)} ${activity.word}`;
      return { name: `${brand} B.V.`, brand, legalForm: 'bv', family };
    },
    relationTypes: [['leverancier', 6], ['klant', 2], ['partner', 2]],
    tags: ['mkb', 'zakelijke dienstverlening', 'innovatie', 'social return', 'mvoi'],
    functions: COMPANY_FUNCTIONS,
    contacts: [1, 3],
  },
  {
    weight: 12,
    activities: [
      { word: 'Restaurant', sbiCodes: ['5610'] },
      { word: 'Café', sbiCodes: ['5630'] },
      { word: 'Hotel', sbiCodes: ['5510'] },
      { word: 'Lunchroom', sbiCodes: ['5610'] },
      { word: 'Eetcafé', sbiCodes: ['5610', '5630'] },
      { word: 'Brasserie', sbiCodes: ['5610'] },
    ],
    name(random, activity, family) {
      const brand = `${activity.word} ${random.pick(FANCY_NAMES)}`;
      const legalForm = random.weighted<LegalForm>([['eenmanszaak', 4], ['vof', 3], ['bv', 2]]);
      return { name: legalForm === 'bv' ? `${brand} B.V.` : brand, brand, legalForm, family: legalForm === 'bv' ? null : family };
    },
    relationTypes: [['klant', 6], ['leverancier', 2]],
    tags: ['horeca', 'binnenstad', 'toerisme', 'terras'],
    functions: ['Bedrijfsleider', 'Chef-kok', 'Gastheer', 'Eigenaar'],
    contacts: [0, 2],
  },
  {
    weight: 10,
    activities: [
      { word: 'Welzijn', sbiCodes: ['8899'] },
      { word: 'Sport', sbiCodes: ['9311'] },
      { word: 'Cultuur', sbiCodes: ['9004'] },
      { word: 'Jeugdwerk', sbiCodes: ['8891'] },
      { word: 'Mantelzorg', sbiCodes: ['8810'] },
      { word: 'Vrijwilligerswerk', sbiCodes: ['8899'] },
      { word: 'Natuurbehoud', sbiCodes: ['9104'] },
      { word: 'Erfgoed', sbiCodes: ['9102'] },
      { word: 'Muziekonderwijs', sbiCodes: ['8552'] },
      { word: 'Voedselbank', sbiCodes: ['8899'] },
      { word: 'Buurtwerk', sbiCodes: ['8899', '9499'] },
      { word: 'Schuldhulpverlening', sbiCodes: ['8899'] },
    ],
    name(_random, activity, _family, area) {
      const brand = `Stichting ${activity.word} ${area}`;
      return { name: brand, brand, legalForm: 'stichting', family: null };
    },
    relationTypes: [['subsidieontvanger', 6], ['partner', 4]],
    tags: ['welzijn', 'vrijwilligers', 'maatschappelijk', 'subsidie 2026'],
    functions: ['Directeur-bestuurder', 'Coördinator vrijwilligers', 'Penningmeester', 'Secretaris', 'Projectleider'],
    contacts: [1, 3],
  },
  {
    weight: 8,
    activities: [
      { word: 'Voetbalvereniging', sbiCodes: ['9312'] },
      { word: 'Tennisvereniging', sbiCodes: ['9312'] },
      { word: 'Hockeyclub', sbiCodes: ['9312'] },
      { word: 'Zwemvereniging', sbiCodes: ['9312'] },
      { word: 'Harmonie', sbiCodes: ['9001'] },
      { word: 'Toneelvereniging', sbiCodes: ['9001'] },
      { word: 'Schutterij', sbiCodes: ['9499'] },
      { word: 'Wijkvereniging', sbiCodes: ['9499'] },
      { word: 'Carnavalsvereniging', sbiCodes: ['9499'] },
      { word: 'Ondernemersvereniging', sbiCodes: ['9411'] },
    ],
    name(random, activity, _family, area) {
      const brand = `${activity.word} ${random.chance(0.7) ? area : random.pick(REGIONAL_NAMES)}`;
      return { name: brand, brand, legalForm: 'vereniging', family: null };
    },
    relationTypes: [['subsidieontvanger', 7], ['klant', 2]],
    tags: ['sport', 'vrijwilligers', 'cultuur', 'evenementen'],
    functions: BOARD_FUNCTIONS,
    contacts: [1, 3],
  },
  {
    weight: 6,
    activities: [
      { word: 'Huisartsenpraktijk', sbiCodes: ['8621'] },
      { word: 'Tandartspraktijk', sbiCodes: ['8623'] },
      { word: 'Fysiotherapie', sbiCodes: ['8691'] },
      { word: 'Thuiszorg', sbiCodes: ['8810'] },
    ],
    name(random, activity, family, area) {
      if (random.chance(0.5)) {
        const brand = `${activity.word} ${area}`;
        return { name: `${brand} B.V.`, brand, legalForm: 'bv', family: null };
      }
      const brand = `${activity.word} ${familyInName(family)}`;
      return { name: brand, brand, legalForm: 'maatschap', family };
    },
    relationTypes: [['leverancier', 4], ['partner', 3], ['subsidieontvanger', 2]],
    tags: ['zorg', 'wmo', 'jeugdzorg'],
    functions: ['Praktijkhouder', 'Praktijkmanager', 'Teamleider zorg', 'Zorgcoördinator'],
    contacts: [1, 2],
  },
  {
    weight: 5,
    activities: [
      { word: 'Melkveebedrijf', sbiCodes: ['0141'] },
      { word: 'Kwekerij', sbiCodes: ['0130'] },
      { word: 'Paardenhouderij', sbiCodes: ['0143'] },
      { word: 'Loonbedrijf', sbiCodes: ['0161'] },
      { word: 'Akkerbouwbedrijf', sbiCodes: ['0111'] },
    ],
    name(random, activity, family) {
      const brand = `${activity.word} ${familyInName(family)}`;
      return { name: brand, brand, legalForm: random.weighted<LegalForm>([['eenmanszaak', 3], ['maatschap', 2], ['vof', 2]]), family };
    },
    relationTypes: [['klant', 4], ['leverancier', 2]],
    tags: ['agrarisch', 'buitengebied', 'duurzaam'],
    functions: ['Eigenaar', 'Bedrijfsleider'],
    contacts: [0, 1],
  },
  {
    weight: 2,
    activities: [
      { word: 'Energiecoöperatie', sbiCodes: ['3511'] },
      { word: 'Zorgcoöperatie', sbiCodes: ['8899'] },
      { word: 'Coöperatie', sbiCodes: ['0161'] },
    ],
    name(_random, activity, _family, area) {
      const brand = `${activity.word} ${area}`;
      return { name: `${brand} U.A.`, brand, legalForm: 'cooperatie', family: null };
    },
    relationTypes: [['partner', 4], ['subsidieontvanger', 4]],
    tags: ['duurzaam', 'energietransitie', 'burgerinitiatief'],
    functions: BOARD_FUNCTIONS,
    contacts: [1, 2],
  },
];

/** Government bodies: each appears once in a run, so lists do not fill up with the same gemeente. */
export const GOVERNMENT_KIND: Omit<DemoOrganisationKind, 'weight' | 'name' | 'activities'> & { sbiCodes: readonly string[] } = {
  sbiCodes: ['8411'],
  relationTypes: [['partner', 1]],
  tags: ['regio', 'samenwerking'],
  functions: ['Beleidsadviseur', 'Teamleider', 'Accountmanager bedrijven', 'Projectleider', 'Contractmanager'],
  contacts: [2, 3],
};
