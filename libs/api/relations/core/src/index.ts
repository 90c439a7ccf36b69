// Value rules
export * from './rules/bsn.js';
export * from './rules/email-address.js';
export * from './rules/kvk-number.js';
export * from './rules/person-name.js';
export * from './rules/phone-number.js';
export * from './rules/postcode.js';
export * from './rules/reason.js';
export * from './rules/sbi-code.js';
export * from './rules/tags.js';
export * from './rules/text.js';
export * from './rules/vestigingsnummer.js';
export * from './rules/website-url.js';

// Shared
export * from './shared/audit-object-types.js';
export * from './shared/audited-changes.js';
export * from './shared/use-case.js';

// Relation types
export * from './relation-types/relation-type-catalog.js';

// Organisations
export * from './organisations/address.js';
export * from './organisations/legal-form-input.js';
export * from './organisations/organisation.js';
export * from './organisations/organisation-errors.js';
export * from './organisations/organisation-input.js';
export * from './organisations/organisation-query.js';
export * from './organisations/organisation-repository.js';
export * from './organisations/archive-organisation.js';
export * from './organisations/create-organisation.js';
export * from './organisations/get-organisation.js';
export * from './organisations/restore-organisation.js';
export * from './organisations/search-organisations.js';
export * from './organisations/update-organisation.js';

// Company register (KvK)
export * from './company-registry/company-profile.js';
export * from './company-registry/company-registry.js';
export * from './company-registry/company-registry-errors.js';
export * from './company-registry/organisation-prefill.js';
export * from './company-registry/organisation-differences.js';
export * from './company-registry/search-company-registry.js';
export * from './company-registry/get-company-profile.js';
export * from './company-registry/get-organisation-kvk-differences.js';
export * from './company-registry/update-organisation-from-kvk.js';
export * from './company-registry/company-registry-use-cases.js';

// Persons
export * from './persons/bsn-access.js';
export * from './persons/person.js';
export * from './persons/person-errors.js';
export * from './persons/person-input.js';
export * from './persons/person-query.js';
export * from './persons/person-repository.js';
export * from './persons/person-summary.js';
export * from './persons/archive-person.js';
export * from './persons/create-person.js';
export * from './persons/get-person.js';
export * from './persons/restore-person.js';
export * from './persons/search-persons.js';
export * from './persons/update-person.js';

// Contact persons
export * from './contact-persons/contact-person.js';
export * from './contact-persons/contact-person-errors.js';
export * from './contact-persons/contact-person-repository.js';
export * from './contact-persons/link-contact-person.js';
export * from './contact-persons/list-contact-persons.js';
export * from './contact-persons/unlink-contact-person.js';

// Duplicates and merge
export * from './duplicates/duplicate-finder.js';
export * from './duplicates/duplicate-pairs.js';
export * from './duplicates/merged-relation-references.js';
export * from './duplicates/merge-errors.js';
export * from './duplicates/merge-fields.js';
export * from './duplicates/find-duplicate-candidates.js';
export * from './duplicates/list-duplicate-pairs.js';
export * from './duplicates/dismiss-duplicate-pair.js';
export * from './duplicates/scan-duplicates.js';
export * from './duplicates/duplicate-scan-run.js';
export * from './duplicates/run-duplicate-scan.js';
export * from './duplicates/request-duplicate-scan.js';
export * from './duplicates/get-latest-duplicate-scan.js';
export * from './duplicates/preview-merge.js';
export * from './duplicates/merge-organisations.js';
export * from './duplicates/merge-persons.js';
export * from './company-registry/kvk-registration-check.js';
export * from './duplicates/duplicates-use-cases.js';

// Demo data
export * from './demo/demo-relations.js';
export * from './relations-use-cases.js';
