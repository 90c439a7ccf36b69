import { MAX_PAGE_SIZE } from '@gemeente-crm/api-kernel';
import { normaliseOrganisationQuery } from './organisation-query.js';

describe('an organisation search', () => {
  it('hides archived organisations and sorts by name by default', () => {
    expect(normaliseOrganisationQuery({})).toEqual({ includeArchived: false, sort: { field: 'name', direction: 'asc' }, page: 1, pageSize: 25 });
  });

  it('ranks by relevance, best first, when searching for text', () => {
    expect(normaliseOrganisationQuery({ q: ' bakkerij ' })).toMatchObject({ q: 'bakkerij', sort: { field: 'relevance', direction: 'desc' } });
  });

  it('falls back to name order when relevance is asked without search text', () => {
    expect(normaliseOrganisationQuery({ sort: { field: 'relevance' } }).sort).toEqual({ field: 'name', direction: 'asc' });
  });

  it('caps the page size and drops blank filters', () => {
    const query = normaliseOrganisationQuery({ pageSize: 10_000, page: 0, q: '  ', city: '', tag: ' Horeca ' });
    expect(query).toEqual({ includeArchived: false, sort: { field: 'name', direction: 'asc' }, page: 1, pageSize: MAX_PAGE_SIZE, tag: 'horeca' });
  });
});
