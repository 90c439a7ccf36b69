/** URLs of the relations screens (Dutch, stable: bookmarks and Playwright tests use them). */
export const RELATIONS_PATH = '/relaties';
export const ORGANISATIONS_PATH = '/relaties/organisaties';
export const PERSONS_PATH = '/relaties/personen';
export const NEW_ORGANISATION_PATH = '/relaties/organisaties/nieuw';
export const NEW_PERSON_PATH = '/relaties/personen/nieuw';

export const organisationPath = (id: string, tab?: 'tijdlijn' | 'documenten' | 'contactpersonen' | 'geschiedenis') => `${ORGANISATIONS_PATH}/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`;
export const editOrganisationPath = (id: string) => `${ORGANISATIONS_PATH}/${encodeURIComponent(id)}/bewerken`;
export const personPath = (id: string, tab?: 'tijdlijn' | 'documenten') => `${PERSONS_PATH}/${encodeURIComponent(id)}${tab ? `/${tab}` : ''}`;
export const editPersonPath = (id: string) => `${PERSONS_PATH}/${encodeURIComponent(id)}/bewerken`;
