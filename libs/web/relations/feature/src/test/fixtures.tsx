import { Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import type { Organisation, Person } from '@gemeente-crm/web-api-client';
import { FakeApi } from '@gemeente-crm/web-testing';
import { relationsRoutes } from '../routes';

/** The real relations routes, with the Suspense boundary the app shell provides. */
export const testRoutes: RouteObject[] = [{ element: <Suspense fallback={<p>Laden…</p>}><Outlet /></Suspense>, children: relationsRoutes }];

export function organisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-1',
    name: 'Bakkerij De Korenschoof',
    kvkNumber: '12345678',
    vestigingsnummer: null,
    legalForm: 'Eenmanszaak',
    sbiCodes: ['1071'],
    visitingAddress: { street: 'Markt', houseNumber: '1', houseNumberAddition: null, postcode: '5211 AB', city: "'s-Hertogenbosch", country: 'NL' },
    postalAddress: null,
    phone: '073-1234567',
    email: 'info@korenschoof.nl',
    website: null,
    relationTypes: ['leverancier'],
    tags: ['mkb'],
    ownerId: 'u-1',
    ownerName: 'Anna Accountmanager',
    status: 'actief',
    archivedAt: null,
    archiveReason: null,
    mergedIntoId: null,
    kvkStatus: null,
    kvkCheckedAt: null,
    version: 3,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-02-01T10:00:00Z',
    ...overrides,
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p-1',
    voornaam: 'Jan',
    tussenvoegsel: 'de',
    achternaam: 'Vries',
    displayName: 'Jan de Vries',
    email: 'jan@example.nl',
    phone: null,
    postalAddress: null,
    archivedAt: null,
    archiveReason: null,
    mergedIntoId: null,
    version: 1,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-02-01T10:00:00Z',
    ...overrides,
  };
}

/** Reference data every relations screen may ask for. */
export function baseApi(): FakeApi {
  return new FakeApi()
    .get('/api/v1/relation-types', [
      { code: 'leverancier', label: 'Leverancier', active: true },
      { code: 'partner', label: 'Partner', active: true },
      { code: 'oud', label: 'Vervallen type', active: false },
    ])
    .get('/api/v1/users', [
      { id: 'u-1', displayName: 'Anna Accountmanager', roles: ['accountmanager'] },
      { id: 'u-2', displayName: 'Bram Beheer', roles: ['accountmanager'] },
    ]);
}
