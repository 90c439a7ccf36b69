import { isValidKvkNumber, normaliseKvkNumber } from '../rules/kvk-number.js';
import { UseCase } from '../shared/use-case.js';
import type { CompanyProfile } from './company-profile.js';
import { CompanyRegistry } from './company-registry.js';
import { companyNotFound, invalidKvkNumber } from './company-registry-errors.js';

@UseCase()
export class GetCompanyProfile {
  constructor(private readonly registry: CompanyRegistry) {}

  /**
   * @throws ValidationError `kvk-number.invalid`
   * @throws NotFoundError `kvk.company-not-found` when the register does not know the number
   * @throws UnavailableError `kvk.unavailable` when the register cannot be reached
   */
  async execute(rawKvkNumber: string): Promise<CompanyProfile> {
    const kvkNumber = normaliseKvkNumber(rawKvkNumber.trim());
    if (!isValidKvkNumber(kvkNumber)) throw invalidKvkNumber();
    const profile = await this.registry.profile(kvkNumber);
    if (!profile) throw companyNotFound(kvkNumber);
    return profile;
  }
}
