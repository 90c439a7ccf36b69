import { lazy, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

// Each screen is its own chunk, loaded on first visit (React.lazy).
const RelationsPage = lazy(() => import('./overview/RelationsPage'));
const OrganisationsList = lazy(() => import('./overview/OrganisationsList'));
const PersonsList = lazy(() => import('./overview/PersonsList'));
const OrganisationDetailPage = lazy(() => import('./organisation/OrganisationDetailPage'));
const OrganisationOverviewTab = lazy(() => import('./organisation/OrganisationOverviewTab'));
const ContactPersonsTab = lazy(() => import('./organisation/ContactPersonsTab'));
const HistoryTab = lazy(() => import('./organisation/HistoryTab'));
const TimelineTab = lazy(() => import('./shared/TimelineTab'));
const DocumentsTab = lazy(() => import('./shared/DocumentsTab'));
const PersonOverviewTab = lazy(() => import('./person/PersonOverviewTab'));
const OrganisationFormPage = lazy(() => import('./organisation/OrganisationFormPage'));
const PersonDetailPage = lazy(() => import('./person/PersonDetailPage'));
const PersonFormPage = lazy(() => import('./person/PersonFormPage'));
const DuplicatesPage = lazy(() => import('./duplicates/DuplicatesPage'));
const MergePage = lazy(() => import('./duplicates/MergePage'));

const read = (element: ReactNode) => <RequirePermission permission="relations:read">{element}</RequirePermission>;
const write = (element: ReactNode) => <RequirePermission permission="relations:write">{element}</RequirePermission>;
const writePersons = (element: ReactNode) => <RequirePermission permission="persons:write">{element}</RequirePermission>;

/** The relations screens, mounted by the app inside its shell. */
export const relationsRoutes: RouteObject[] = [
  {
    path: 'relaties',
    element: read(<RelationsPage />),
    children: [
      { index: true, element: <Navigate to="organisaties" replace /> },
      { path: 'organisaties', element: <OrganisationsList /> },
      { path: 'personen', element: <PersonsList /> },
    ],
  },
  { path: 'relaties/dubbelen', element: <RequirePermission permission="relations:duplicates">{<DuplicatesPage />}</RequirePermission> },
  { path: 'relaties/dubbelen/samenvoegen', element: <RequirePermission permission="relations:merge">{<MergePage />}</RequirePermission> },
  { path: 'relaties/organisaties/nieuw', element: write(<OrganisationFormPage mode="create" />) },
  { path: 'relaties/organisaties/:id/bewerken', element: write(<OrganisationFormPage mode="edit" />) },
  {
    path: 'relaties/organisaties/:id',
    element: read(<OrganisationDetailPage />),
    children: [
      { index: true, element: <OrganisationOverviewTab /> },
      { path: 'tijdlijn', element: <TimelineTab /> },
      { path: 'documenten', element: <DocumentsTab /> },
      { path: 'contactpersonen', element: <ContactPersonsTab /> },
      { path: 'geschiedenis', element: <RequirePermission permission="relations:history">{<HistoryTab />}</RequirePermission> },
    ],
  },
  { path: 'relaties/personen/nieuw', element: writePersons(<PersonFormPage mode="create" />) },
  { path: 'relaties/personen/:id/bewerken', element: writePersons(<PersonFormPage mode="edit" />) },
  {
    path: 'relaties/personen/:id',
    element: read(<PersonDetailPage />),
    children: [
      { index: true, element: <PersonOverviewTab /> },
      { path: 'tijdlijn', element: <TimelineTab /> },
      { path: 'documenten', element: <DocumentsTab /> },
    ],
  },
];
