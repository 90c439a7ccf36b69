import { type Page, UnavailableError } from '@gemeente-crm/api-kernel';
import type { CompanyProfile } from '../company-profile.js';
import { CompanyRegistry, type CompanyRegistryHit, type CompanyRegistryQuery } from '../company-registry.js';

/** Test double of CompanyRegistry: profiles held in memory, searched the simple way. */
export class InMemoryCompanyRegistry extends CompanyRegistry {
  private readonly profiles = new Map<string, CompanyProfile>();
  /** Every call, to assert that the register was (not) asked. */
  readonly calls: string[] = [];
  /** When set, every call fails as an unreachable register does. */
  unavailable = false;

  add(profile: CompanyProfile): this {
    this.profiles.set(profile.kvkNumber, structuredClone(profile));
    return this;
  }

  async search(query: CompanyRegistryQuery): Promise<Page<CompanyRegistryHit>> {
    this.calls.push(`search ${JSON.stringify(query)}`);
    this.failWhenUnavailable();
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 10;
    const matches = [...this.profiles.values()]
      .filter(
        (profile) =>
          (!query.kvkNumber || profile.kvkNumber === query.kvkNumber) &&
          (!query.name || profile.name.toLowerCase().includes(query.name.toLowerCase())) &&
          (!query.city || profile.visitingAddress?.city?.toLowerCase() === query.city.toLowerCase()) &&
          (!query.postcode || profile.visitingAddress?.postcode === query.postcode),
      )
      .map(
        (profile): CompanyRegistryHit => ({
          kvkNumber: profile.kvkNumber,
          vestigingsnummer: profile.vestigingsnummer,
          name: profile.name,
          type: profile.vestigingsnummer ? 'main-branch' : 'legal-entity',
          street: profile.visitingAddress?.street ?? null,
          houseNumber: profile.visitingAddress?.houseNumber ?? null,
          houseNumberAddition: profile.visitingAddress?.houseNumberAddition ?? null,
          postcode: profile.visitingAddress?.postcode ?? null,
          city: profile.visitingAddress?.city ?? null,
          active: profile.active,
        }),
      );
    return { items: matches.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: matches.length };
  }

  async profile(kvkNumber: string): Promise<CompanyProfile | null> {
    this.calls.push(`profile ${kvkNumber}`);
    this.failWhenUnavailable();
    const profile = this.profiles.get(kvkNumber);
    return profile ? structuredClone(profile) : null;
  }

  private failWhenUnavailable(): void {
    if (this.unavailable) throw new UnavailableError('kvk.unavailable', 'Het KvK-register is nu niet bereikbaar. Probeer het later opnieuw.');
  }
}
