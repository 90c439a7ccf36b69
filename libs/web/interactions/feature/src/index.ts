import { lazy } from 'react';

export { interactionsRoutes } from './routes';
export { TASKS_PATH } from './paths';
export type { RelationRef, RelationSlotProps } from './types';
export type { TaskRegarding } from './tasks/TaskDialog';

// Everything below is loaded on first use, so the start of the app stays small.

/** The bell with unread notifications, for the app bar. */
export const NotificationsBell = lazy(() => import('./notifications/NotificationsBell'));

/** "Contactmoment vastleggen" as a dialog, for other domains' pages (a lead links itself through `extraLinks`). */
export const ContactMomentDialog = lazy(() => import('./contact-moment/ContactMomentDialog').then((module) => ({ default: module.ContactMomentDialog })));

/** "Taken" on another domain's page (a lead's): its tasks, and "Taak toevoegen" prefilled with it and its relation. */
export const RegardingTasks = lazy(() => import('./tasks/RegardingTasks'));

/** "Mijn taken" for the start page. */
export const MyTasksPanel = lazy(() => import('./tasks/MyTasksPanel'));

/**
 * What this domain adds to the organisation and person pages (the relations screens'
 * RelationExtensions): key facts, "Contactmoment vastleggen" and the "Tijdlijn" tab.
 */
export const interactionRelationExtensions = {
  KeyFacts: lazy(() => import('./summary/RelationKeyFacts')),
  Actions: lazy(() => import('./contact-moment/RecordContactMomentButton')),
  Timeline: lazy(() => import('./timeline/RelationTimeline')),
};
