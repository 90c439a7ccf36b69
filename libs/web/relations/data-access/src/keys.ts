import type { KvkSearchQuery, OrganisationListQuery, PersonListQuery } from '@gemeente-crm/web-api-client';

/** react-query keys of the relations domain; invalidate `relationKeys.all` after any change. */
export const relationKeys = {
  all: ['relations'] as const,
  organisationLists: () => [...relationKeys.all, 'organisations', 'list'] as const,
  organisationList: (query: OrganisationListQuery) => [...relationKeys.organisationLists(), query] as const,
  organisation: (id: string) => [...relationKeys.all, 'organisations', 'detail', id] as const,
  contactPersons: (id: string) => [...relationKeys.organisation(id), 'contact-persons'] as const,
  history: (id: string, page: number) => [...relationKeys.organisation(id), 'history', page] as const,
  personLists: () => [...relationKeys.all, 'persons', 'list'] as const,
  personList: (query: PersonListQuery) => [...relationKeys.personLists(), query] as const,
  person: (id: string) => [...relationKeys.all, 'persons', 'detail', id] as const,
  personOrganisations: (id: string) => [...relationKeys.person(id), 'organisations'] as const,
  kvkSearch: (query: KvkSearchQuery) => ['kvk', 'search', query] as const,
  kvkDifferences: (id: string) => [...relationKeys.organisation(id), 'kvk-differences'] as const,
  relationTypes: () => ['reference', 'relation-types'] as const,
  owners: () => ['reference', 'users', 'accountmanager'] as const,
};
