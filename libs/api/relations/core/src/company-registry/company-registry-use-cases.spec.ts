import 'reflect-metadata';
import { ConflictError, NotFoundError, StaleVersionError, UnavailableError, ValidationError } from '@gemeente-crm/api-kernel';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { UpdateOrganisation } from '../organisations/update-organisation.js';
import type { Organisation } from '../organisations/organisation.js';
import { changeBy, createRelationsTestKit, type RelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import { CompanyRegistry } from './company-registry.js';
import { COMPANY_REGISTRY_USE_CASES } from './company-registry-use-cases.js';
import { GetCompanyProfile } from './get-company-profile.js';
import { GetOrganisationKvkDifferences } from './get-organisation-kvk-differences.js';
import { SearchCompanyRegistry } from './search-company-registry.js';
import { bakeryProfile } from './testing/company-profiles.js';
import { InMemoryCompanyRegistry } from './testing/in-memory-company-registry.js';
import { KVK_UPDATE_REASON, UpdateOrganisationFromKvk } from './update-organisation-from-kvk.js';

function kvkUseCases(kit: RelationsTestKit, registry: CompanyRegistry) {
  const { updateOrganisation } = relationsUseCases(kit);
  const comparison = new GetOrganisationKvkDifferences(kit.organisations, registry);
  return {
    search: new SearchCompanyRegistry(registry),
    profile: new GetCompanyProfile(registry),
    comparison,
    updateFromKvk: new UpdateOrganisationFromKvk(comparison, updateOrganisation),
  };
}

describe('company register use cases as injectable providers', () => {
  const injectable = [OrganisationRepository, CompanyRegistry, UpdateOrganisation, GetOrganisationKvkDifferences];
  it.each(COMPANY_REGISTRY_USE_CASES.map((useCase) => [useCase.name, useCase] as const))('%s declares its dependencies as parameter types', (_name, useCase) => {
    const parameterTypes: unknown[] = Reflect.getMetadata('design:paramtypes', useCase) ?? [];
    expect(parameterTypes).toHaveLength(useCase.length);
    for (const type of parameterTypes) expect(injectable).toContain(type);
  });
});

describe('looking companies up in the register', () => {
  let registry: InMemoryCompanyRegistry;
  let useCases: ReturnType<typeof kvkUseCases>;

  beforeEach(() => {
    registry = new InMemoryCompanyRegistry().add(bakeryProfile());
    useCases = kvkUseCases(createRelationsTestKit(), registry);
  });

  it('searches with normalised criteria and a capped page', async () => {
    const page = await useCases.search.execute({ kvkNumber: ' 1712 3456 ', name: '  ', pageSize: 500 });
    expect(page.items.map((hit) => hit.name)).toEqual(['Bakkerij Van Dijk B.V.']);
    expect(registry.calls).toEqual([`search ${JSON.stringify({ page: 1, pageSize: 100, kvkNumber: '17123456' })}`]);
  });

  it('refuses a search without criteria or with malformed ones, without asking the register', async () => {
    await expect(useCases.search.execute({ name: ' ', page: 2 })).rejects.toMatchObject({ code: 'validation-failed', errors: [{ code: 'kvk-query.empty' }] });
    await expect(useCases.search.execute({ kvkNumber: '1234', postcode: '52111' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'kvkNumber' }), expect.objectContaining({ field: 'postcode' })],
    });
    expect(registry.calls).toEqual([]);
  });

  it('gives the profile of a known number and a clear error for an unknown one', async () => {
    await expect(useCases.profile.execute('17123456')).resolves.toMatchObject({ name: 'Bakkerij Van Dijk B.V.' });
    await expect(useCases.profile.execute('99999999')).rejects.toBeInstanceOf(NotFoundError);
    await expect(useCases.profile.execute('99999999')).rejects.toMatchObject({ code: 'kvk.company-not-found' });
    await expect(useCases.profile.execute('12-34')).rejects.toBeInstanceOf(ValidationError);
  });

  it('passes on that the register is unavailable', async () => {
    registry.unavailable = true;
    await expect(useCases.profile.execute('17123456')).rejects.toBeInstanceOf(UnavailableError);
  });
});

describe('updating an organisation from the register', () => {
  let kit: RelationsTestKit;
  let registry: InMemoryCompanyRegistry;
  let useCases: ReturnType<typeof kvkUseCases>;
  let bakery: Organisation;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    registry = new InMemoryCompanyRegistry().add(bakeryProfile());
    useCases = kvkUseCases(kit, registry);
    bakery = await relationsUseCases(kit).createOrganisation.execute(
      {
        name: 'Bakkerij van Dijk',
        kvkNumber: '17123456',
        phone: '073 123 4567',
        website: 'https://bakkerij.example.nl',
        visitingAddress: { street: 'Markt', houseNumber: '3', postcode: '5211JX', city: "'s-Hertogenbosch" },
      },
      changeBy(),
    );
    kit.clock.advance(60_000);
  });

  it('lists the differences with the version they were compared on', async () => {
    const comparison = await useCases.comparison.execute(bakery.id);
    expect(comparison.organisation.version).toBe(1);
    expect(comparison.differences.map((difference) => difference.field)).toEqual([
      'name',
      'legalForm',
      'sbiCodes',
      'vestigingsnummer',
      'visitingAddress',
      'postalAddress',
      'website',
    ]);
  });

  it('applies only the chosen fields, audited with the default reason', async () => {
    const updated = await useCases.updateFromKvk.execute(bakery.id, ['name', 'visitingAddress', 'legalForm'], 1, changeBy());
    expect(updated).toMatchObject({
      name: 'Bakkerij Van Dijk B.V.',
      legalForm: 'bv',
      visitingAddress: expect.objectContaining({ houseNumber: '1' }),
      website: 'https://bakkerij.example.nl',
      phone: '073 123 4567',
      sbiCodes: [],
      version: 2,
    });
    expect(kit.auditLog.last()).toMatchObject({
      action: 'update',
      objectId: bakery.id,
      changes: { name: expect.anything(), legalForm: { old: null, new: 'bv' }, visitingAddress: expect.anything() },
      context: expect.objectContaining({ reason: KVK_UPDATE_REASON }),
    });
    expect(Object.keys(kit.auditLog.last()?.changes ?? {})).toHaveLength(3);
  });

  it('keeps a reason the user gave', async () => {
    await useCases.updateFromKvk.execute(bakery.id, ['name'], 1, changeBy(['medewerker'], 'Naamswijziging gemeld'));
    expect(kit.auditLog.last()?.context.reason).toBe('Naamswijziging gemeld');
  });

  it('writes nothing when the chosen fields already agree', async () => {
    const writes = kit.organisations.writes;
    await useCases.updateFromKvk.execute(bakery.id, ['name'], 1, changeBy());
    const again = await useCases.updateFromKvk.execute(bakery.id, ['name'], 2, changeBy());
    expect(again.version).toBe(2);
    expect(kit.organisations.writes).toBe(writes + 1);
  });

  it('refuses an empty or unknown field list before asking the register', async () => {
    await expect(useCases.updateFromKvk.execute(bakery.id, [], 1, changeBy())).rejects.toMatchObject({ errors: [{ code: 'kvk-fields.empty' }] });
    await expect(useCases.updateFromKvk.execute(bakery.id, ['name', 'phone'], 1, changeBy())).rejects.toMatchObject({
      errors: [{ field: 'fields.1', code: 'kvk-field.unknown' }],
    });
    expect(registry.calls).toEqual([]);
  });

  it('refuses a stale version and changes nothing', async () => {
    await relationsUseCases(kit).updateOrganisation.execute(bakery.id, { phone: '073 765 4321' }, 1, changeBy());
    await expect(useCases.updateFromKvk.execute(bakery.id, ['name'], 1, changeBy())).rejects.toBeInstanceOf(StaleVersionError);
    expect((await kit.organisations.findById(bakery.id))?.name).toBe('Bakkerij van Dijk');
  });

  it('explains what is missing for an organisation the register cannot be asked about', async () => {
    const withoutNumber = await relationsUseCases(kit).createOrganisation.execute({ name: 'Buurtvereniging De Muntel' }, changeBy());
    await expect(useCases.comparison.execute(withoutNumber.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(useCases.comparison.execute(withoutNumber.id)).rejects.toMatchObject({ code: 'organisation.no-kvk-number' });
    const unknownNumber = await relationsUseCases(kit).createOrganisation.execute({ name: 'Onbekend', kvkNumber: '99999999' }, changeBy());
    await expect(useCases.comparison.execute(unknownNumber.id)).rejects.toMatchObject({ code: 'kvk.company-not-found' });
    await expect(useCases.comparison.execute('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'organisation.not-found' });
  });

  it('refuses to change an archived organisation', async () => {
    await relationsUseCases(kit).archiveOrganisation.execute(bakery.id, 1, changeBy(undefined, 'Opgeheven'));
    await expect(useCases.updateFromKvk.execute(bakery.id, ['name'], 2, changeBy())).rejects.toMatchObject({ code: 'organisation.archived' });
  });
});
