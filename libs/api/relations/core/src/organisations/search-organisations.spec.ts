import type { OrganisationQuery } from './organisation-query.js';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';

describe('searching organisations', () => {
  it('passes normalised filters to the repository and returns its page', async () => {
    const kit = createRelationsTestKit();
    const useCases = relationsUseCases(kit);
    await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk', tags: ['Horeca'], relationTypes: ['klant'] }, changeBy());
    await useCases.createOrganisation.execute({ name: 'Installatiebedrijf De Meierij B.V.', tags: ['bouw'] }, changeBy());
    const queries: OrganisationQuery[] = [];
    const search = kit.organisations.search.bind(kit.organisations);
    kit.organisations.search = (query) => {
      queries.push(query);
      return search(query);
    };

    const page = await useCases.searchOrganisations.execute({ tag: ' HORECA ', relationType: 'Klant', pageSize: 500 });

    expect(queries).toEqual([{
      tag: 'horeca',
      relationType: 'klant',
      includeArchived: false,
      sort: { field: 'name', direction: 'asc' },
      page: 1,
      pageSize: 100,
    }]);
    expect(page).toMatchObject({ total: 1, items: [{ name: 'Bakkerij Van Dijk', tags: ['horeca'], archived: false }] });
  });
});
