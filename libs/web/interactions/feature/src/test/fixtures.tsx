import { type ReactNode, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import type { Task } from '@gemeente-crm/web-api-client';
import { FakeApi } from '@gemeente-crm/web-testing';
import { interactionsRoutes } from '../routes';
import type { RelationRef } from '../types';

export const ORG: RelationRef = { objectType: 'organisation', objectId: '11111111-1111-4111-8111-111111111111', name: 'Bakkerij De Korenschoof', archived: false };

/** The task routes, plus `/pagina` showing `element` (a component under test), with the shell's Suspense. */
export function testRoutes(element?: ReactNode): RouteObject[] {
  return [
    {
      element: (
        <Suspense fallback={<p>Laden…</p>}>
          <Outlet />
        </Suspense>
      ),
      children: [...interactionsRoutes, ...(element ? [{ path: 'pagina', element }] : [])],
    },
  ];
}

export function task(overrides: Partial<Task> = {}): Task {
  return {
    id: 't-1',
    title: 'Offerte nabellen',
    description: null,
    status: 'open',
    assignee: { id: 'u-1', name: 'Anna Accountmanager' },
    assigneeTeam: null,
    dueDate: '2026-11-20',
    overdue: false,
    dueToday: false,
    relation: { objectType: 'organisation', objectId: ORG.objectId, name: ORG.name },
    contactMomentId: null,
    regarding: null,
    createdBy: { id: 'u-1', name: 'Anna Accountmanager' },
    closedAt: null,
    version: 2,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    ...overrides,
  };
}

/** Staff and the relation's contact persons, which the contact moment form asks for. */
export function baseApi(): FakeApi {
  return new FakeApi()
    .get('/api/v1/users', [
      { id: 'u-1', displayName: 'Anna Accountmanager', roles: ['accountmanager'] },
      { id: 'u-2', displayName: 'Bram Medewerker', roles: ['medewerker'] },
      { id: 'u-3', displayName: 'Lotte Lezer', roles: ['bi-lezer'] },
    ])
    .get('/api/v1/organisations/:id/contact-persons', [
      { id: 'l-1', personId: '22222222-2222-4222-8222-222222222222', organisationId: ORG.objectId, organisationName: ORG.name, displayName: 'Jan de Vries', function: 'Eigenaar', email: null, phone: null },
    ]);
}
