import type { ContactPerson } from '../contact-persons/contact-person.js';
import type { Address } from '../organisations/address.js';
import { type Organisation, type OrganisationStatus } from '../organisations/organisation.js';
import type { Person } from '../persons/person.js';
import { DEFAULT_RELATION_TYPES } from '../relation-types/relation-type-catalog.js';
import { bsnCheckDigit } from '../rules/bsn.js';
import { isValidPostcode } from '../rules/postcode.js';
import {
  DEMO_ORGANISATION_KINDS,
  type DemoName,
  type DemoOrganisationKind,
  type FamilyName,
  familyInName,
  GOVERNMENT_KIND,
} from './demo-organisation-kinds.js';
import { DemoRandom, mixSeed } from './demo-random.js';
import {
  ACHTERNAMEN,
  ARCHIVE_REASONS,
  DEMO_PLACES,
  type DemoPlace,
  GOVERNMENT_BODIES,
  POSTCODE_LETTERS,
  RESIDENT_MAIL_DOMAINS,
  VOORNAMEN,
} from './demo-vocabulary.js';

export interface DemoRelationsOptions {
  /** How many organisations to generate. */
  organisations: number;
  /** The same seed gives the same data, byte for byte. */
  seed: number;
  /**
   * Index of the first organisation, to split a large run over workers: the organisations
   * from index `from` are the same as in a run from 0. Default 0.
   */
  from?: number;
  /** Ids of account managers to own the organisations; without them nobody owns any. */
  ownerIds?: readonly string[];
  /** Relation type codes to assign; defaults to DEFAULT_RELATION_TYPES. */
  relationTypeCodes?: readonly string[];
  /** Timestamps fall in the three years before this moment. Default 2026-01-01. */
  referenceDate?: Date;
}

/** One organisation with its contact persons, plus now and then a resident who is no contact person. */
export interface DemoRelations {
  organisation: Organisation;
  /** The contact persons, then the resident if any. */
  persons: Person[];
  contactPersons: ContactPerson[];
}

const DEFAULT_REFERENCE_DATE = new Date('2026-01-01T00:00:00.000Z');
const THREE_YEARS_MS = 3 * 365 * 24 * 3600 * 1000;
const KVK_SPACE = 90_000_000;
/** Coprime with 90,000,000, 100,000,000 and 10,000, so multiplying by it permutes those ranges. */
const PERMUTER = 7_654_321;
/** One resident per this many organisations. */
const RESIDENT_EVERY = 20;
/** Ids number entities per organisation in slots: 0 organisation, 1–4 persons, 5–8 links, 9 resident. */
const ID_SLOTS = 16;
const GOVERNMENT_EVERY = 100;

/**
 * Plausible Dutch organisations and persons around 's-Hertogenbosch, for demos and
 * benchmarks. Deterministic for a seed, and a generator, so a million organisations stream
 * through in seconds without being held in memory. Every record passes the domain's
 * validation: KvK numbers are unique within a run, postcodes are valid 52xx/53xx codes and
 * resident BSNs pass the 11-proef.
 */
export function* generateDemoRelations(options: DemoRelationsOptions): Generator<DemoRelations> {
  const context = createContext(options);
  const end = context.from + options.organisations;
  for (let index = context.from; index < end; index++) yield generateOne(context, index);
}

interface GenerationContext {
  seed: number;
  from: number;
  ownerIds: readonly string[];
  relationTypeCodes: readonly string[] | null;
  referenceTime: number;
  kvkOffset: number;
  vestigingOffset: number;
  bsnOffset: number;
}

function createContext(options: DemoRelationsOptions): GenerationContext {
  const seed = options.seed >>> 0;
  const custom = options.relationTypeCodes;
  return {
    seed,
    from: Math.max(0, Math.floor(options.from ?? 0)),
    ownerIds: options.ownerIds ?? [],
    // The default list is weighted per kind of organisation; a custom list is used uniformly.
    relationTypeCodes: custom && !sameCodes(custom, DEFAULT_RELATION_TYPES.map((type) => type.code)) ? custom : null,
    referenceTime: (options.referenceDate ?? DEFAULT_REFERENCE_DATE).getTime(),
    kvkOffset: mixSeed(seed, 1) % KVK_SPACE,
    vestigingOffset: mixSeed(seed, 2) % 100_000_000,
    bsnOffset: mixSeed(seed, 3) % 10_000,
  };
}

const KIND_CHOICES = DEMO_ORGANISATION_KINDS.map((kind) => [kind, kind.weight] as const);
const PLACE_CHOICES = DEMO_PLACES.map((place) => [place, place.weight] as const);
const STATUS_CHOICES: readonly (readonly [OrganisationStatus, number])[] = [['actief', 75], ['prospect', 12], ['inactief', 13]];
const TAG_COUNT_CHOICES: readonly (readonly [number, number])[] = [[0, 2], [1, 4], [2, 3], [3, 1]];
const MAILBOXES = ['info', 'info', 'contact', 'administratie', 'secretariaat'];

function generateOne(context: GenerationContext, index: number): DemoRelations {
  const random = new DemoRandom(context.seed, index);
  const place = random.weighted(PLACE_CHOICES);
  const family = random.pick(ACHTERNAMEN);
  const government = governmentBodyAt(index);
  const kind = government === null ? random.weighted(KIND_CHOICES) : null;
  const activity = kind ? random.pick(kind.activities) : null;
  const naming: DemoName =
    kind && activity
      ? kind.name(random, activity, family, random.pick(place.areas))
      : { name: government ?? '', brand: government ?? '', legalForm: 'overheid', family: null };
  const profile = kind ?? GOVERNMENT_KIND;
  const domain = `${slug(naming.brand)}.nl`;

  const createdAt = context.referenceTime - random.int(THREE_YEARS_MS);
  const updatedAt = random.chance(0.6) ? createdAt + random.int(context.referenceTime - createdAt) : createdAt;
  const archived = random.chance(0.02);
  const hasKvk = government !== null || random.chance(0.97);
  const kvkNumber = hasKvk ? String(10_000_000 + permute(index + context.kvkOffset, KVK_SPACE)) : null;
  const vestigingsnummer =
    kvkNumber && random.chance(0.6) ? `0000${String(permute(index + context.vestigingOffset, 100_000_000)).padStart(8, '0')}` : null;

  const organisation: Organisation = {
    id: demoId(random, index, 0),
    name: naming.name,
    kvkNumber,
    vestigingsnummer,
    legalForm: naming.legalForm,
    sbiCodes: [...(activity?.sbiCodes ?? GOVERNMENT_KIND.sbiCodes)],
    visitingAddress: streetAddress(random, place),
    postalAddress: random.chance(0.15) ? postbusAddress(random, place) : null,
    phone: random.chance(0.9) ? landline(random, place) : null,
    email: random.chance(0.85) ? `${random.pick(MAILBOXES)}@${domain}` : null,
    website: random.chance(0.9) ? `https://www.${domain}` : null,
    relationTypes: pickRelationTypes(random, profile.relationTypes, context.relationTypeCodes),
    tags: random.sample(profile.tags, random.weighted(TAG_COUNT_CHOICES)),
    ownerId: context.ownerIds.length > 0 && random.chance(0.85) ? random.pick(context.ownerIds) : null,
    status: random.weighted(STATUS_CHOICES),
    version: 1 + (updatedAt > createdAt ? random.between(1, 4) : 0) + (archived ? 1 : 0),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
    archivedAt: archived ? new Date(updatedAt) : null,
    archiveReason: archived ? random.pick(ARCHIVE_REASONS) : null,
  };

  const persons: Person[] = [];
  const contactPersons: ContactPerson[] = [];
  const [fewest, most] = profile.contacts;
  const functions = random.sample(profile.functions, most);
  const contactCount = random.between(fewest, most);
  for (let slot = 0; slot < contactCount; slot++) {
    // The family in a business's name is its owner, and its first contact person.
    const ownerFamily = slot === 0 ? naming.family : null;
    const person = generatePerson(random, index, 1 + slot, ownerFamily ?? random.pick(ACHTERNAMEN), createdAt, context.referenceTime);
    person.email = random.chance(0.8) ? `${mailName(person)}@${domain}` : null;
    persons.push(person);
    contactPersons.push({
      id: demoId(random, index, 5 + slot),
      organisationId: organisation.id,
      personId: person.id,
      function: ownerFamily ? 'Eigenaar' : (functions[slot] ?? null),
      createdAt: person.createdAt,
    });
  }
  if (index % RESIDENT_EVERY === 7) persons.push(generateResident(context, random, index));
  return { organisation, persons, contactPersons };
}

/** Each government body once, early in a run, so a small demo set has some and a large one no copies. */
function governmentBodyAt(index: number): string | null {
  return index % GOVERNMENT_EVERY === 42 ? (GOVERNMENT_BODIES[Math.floor(index / GOVERNMENT_EVERY)] ?? null) : null;
}

/** `value` mod `space`, scrambled: a bijection on [0, space) because PERMUTER is coprime with it. */
function permute(value: number, space: number): number {
  return ((value % space) * PERMUTER) % space;
}

function generatePerson(random: DemoRandom, index: number, slot: number, family: FamilyName, notBefore: number, referenceTime: number): Person {
  const createdAt = notBefore + random.int(Math.max(1, referenceTime - notBefore));
  return {
    id: demoId(random, index, slot),
    voornaam: random.pick(VOORNAMEN),
    tussenvoegsel: family[0],
    achternaam: family[1],
    email: null,
    phone: random.chance(0.6) ? mobile(random) : null,
    bsn: null,
    postalAddress: null,
    version: 1,
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt),
    archivedAt: null,
    archiveReason: null,
  };
}

function generateResident(context: GenerationContext, random: DemoRandom, index: number): Person {
  const person = generatePerson(random, index, 9, random.pick(ACHTERNAMEN), context.referenceTime - THREE_YEARS_MS, context.referenceTime);
  person.email = random.chance(0.7) ? `${mailName(person)}${random.between(1, 99)}@${random.pick(RESIDENT_MAIL_DOMAINS)}` : null;
  person.phone = random.chance(0.8) ? mobile(random) : null;
  person.bsn = demoBsn(Math.floor(index / RESIDENT_EVERY), context.bsnOffset);
  return person;
}

/**
 * A BSN for the n-th demo resident, or null when the range is used up. Demo BSNs lie in the
 * 9999xxxxx range that the BRP test environment reserves for test persons, so a demo number
 * is never a real resident's. The range holds about 9,000 valid numbers; the number is the
 * permuted resident number plus a check digit, so no two residents of a run share one.
 */
export function demoBsn(residentNumber: number, offset = 0): string | null {
  if (residentNumber < 0 || residentNumber >= 10_000) return null;
  const firstEight = `9999${String(permute(residentNumber + offset, 10_000)).padStart(4, '0')}`;
  const check = bsnCheckDigit(firstEight);
  return check === null ? null : `${firstEight}${check}`;
}

function streetAddress(random: DemoRandom, place: DemoPlace): Address {
  return {
    street: random.pick(place.streets),
    houseNumber: String(random.chance(0.7) ? random.between(1, 60) : random.between(61, 350)),
    houseNumberAddition: random.chance(0.1) ? random.pick(['A', 'B', 'C', 'a', 'bis', '-1']) : null,
    postcode: postcode(random, random.pick(place.postcodeAreas)),
    city: place.city,
    country: 'NL',
  };
}

function postbusAddress(random: DemoRandom, place: DemoPlace): Address {
  return {
    street: 'Postbus',
    houseNumber: String(random.between(1, 99_999)),
    houseNumberAddition: null,
    postcode: postcode(random, place.postbusArea),
    city: place.city,
    country: 'NL',
  };
}

function postcode(random: DemoRandom, area: string): string {
  for (;;) {
    const candidate = `${area}${random.pick(POSTCODE_LETTERS)}${random.pick(POSTCODE_LETTERS)}`;
    if (isValidPostcode(candidate)) return candidate;
  }
}

function landline(random: DemoRandom, place: DemoPlace): string {
  // Area code plus subscriber number make ten digits.
  return place.areaCode === '073' ? `073 ${random.between(200, 899)} ${random.digits(4)}` : `0412 ${random.between(20, 89)} ${random.digits(4)}`;
}

function mobile(random: DemoRandom): string {
  return `06 ${random.between(10, 99)}${random.digits(6)}`;
}

function pickRelationTypes(
  random: DemoRandom,
  weights: DemoOrganisationKind['relationTypes'],
  customCodes: readonly string[] | null,
): string[] {
  if (customCodes) return customCodes.length === 0 ? [] : random.sample(customCodes, random.chance(0.25) ? 2 : 1);
  const first = random.weighted(weights);
  const second = random.chance(0.25) ? random.weighted(weights) : first;
  return first === second ? [first] : [first, second];
}

/**
 * A v4-shaped UUID whose last 12 hex digits count the entity (organisation index and slot),
 * so ids are unique within a run by construction, not by chance; the rest is seed-dependent.
 */
function demoId(random: DemoRandom, index: number, slot: number): string {
  const a = hex32(random.uint32());
  const b = hex32(random.uint32());
  const c = hex32(random.uint32());
  const entity = index * ID_SLOTS + slot;
  const counter = hex32(Math.floor(entity / 2 ** 32)).slice(4) + hex32(entity >>> 0);
  const variant = HEX_DIGITS[(random.uint32() & 0x3) | 0x8];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(0, 3)}-${counter}`;
}

// Number#toString(16) dominated generation time; a byte table is several times faster.
const HEX_DIGITS = '0123456789abcdef';
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(value: number): string {
  return `${HEX_BYTES[value >>> 24]}${HEX_BYTES[(value >>> 16) & 0xff]}${HEX_BYTES[(value >>> 8) & 0xff]}${HEX_BYTES[value & 0xff]}`;
}

/** Names repeat a lot (the vocabulary is small), so slugs are cached; the cap bounds memory on long runs. */
const slugCache = new Map<string, string>();
const SLUG_CACHE_LIMIT = 50_000;

function slug(text: string): string {
  const cached = slugCache.get(text);
  if (cached !== undefined) return cached;
  const result = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]/g, '');
  if (slugCache.size >= SLUG_CACHE_LIMIT) slugCache.clear();
  slugCache.set(text, result);
  return result;
}

function mailName(person: Person): string {
  return `${slug(person.voornaam ?? '')}.${slug(familyInName([person.tussenvoegsel, person.achternaam]))}`;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
