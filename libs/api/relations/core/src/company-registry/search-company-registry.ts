import { type FieldError, type Page, ValidationError } from '@gemeente-crm/api-kernel';
import { isValidKvkNumber, normaliseKvkNumber } from '../rules/kvk-number.js';
import { isValidPostcode, normalisePostcode } from '../rules/postcode.js';
import { optionalNormalisedText, optionalText } from '../rules/text.js';
import { pageRequestOf } from '../shared/page-request.js';
import { UseCase } from '../shared/use-case.js';
import { CompanyRegistry, type CompanyRegistryHit, type CompanyRegistryQuery } from './company-registry.js';
import { emptyCompanyQuery } from './company-registry-errors.js';

@UseCase()
export class SearchCompanyRegistry {
  constructor(private readonly registry: CompanyRegistry) {}

  /**
   * Looks companies up in the register, e.g. to pick one before registering it as an
   * organisation. Criteria are normalised and checked first: a malformed KvK number or
   * postcode is the caller's mistake, not worth a call to the register.
   *
   * @throws ValidationError when no criterion is given or one is malformed
   * @throws UnavailableError `kvk.unavailable` when the register cannot be reached
   */
  async execute(input: CompanyRegistryQuery): Promise<Page<CompanyRegistryHit>> {
    const errors: FieldError[] = [];
    const kvkNumber = optionalNormalisedText(input.kvkNumber, normaliseKvkNumber);
    if (kvkNumber && !isValidKvkNumber(kvkNumber)) {
      errors.push({ field: 'kvkNumber', code: 'kvk-number.invalid', message: 'Een KvK-nummer bestaat uit 8 cijfers.' });
    }
    const postcode = optionalNormalisedText(input.postcode, normalisePostcode);
    if (postcode && !isValidPostcode(postcode)) {
      errors.push({ field: 'postcode', code: 'postcode.invalid', message: 'Vul een Nederlandse postcode in, zoals 5211 AB.' });
    }
    if (errors.length > 0) throw new ValidationError(errors);

    const query: CompanyRegistryQuery = { ...pageRequestOf(input) };
    if (kvkNumber) query.kvkNumber = kvkNumber;
    if (postcode) query.postcode = postcode;
    const name = optionalText(input.name);
    if (name) query.name = name;
    const city = optionalText(input.city);
    if (city) query.city = city;
    const houseNumber = optionalText(input.houseNumber);
    if (houseNumber) query.houseNumber = houseNumber;
    if (!kvkNumber && !postcode && !name && !city) throw emptyCompanyQuery();
    return this.registry.search(query);
  }
}
