/**
 * The one place that decides where the API types come from: `./generated/schema.ts`, generated
 * from the committed apps/api/openapi.json by `node libs/web/shared/api-client/generate.mjs`
 * (`--check` in CI fails when it is stale). The aliases below are the names the SPA uses.
 */
import type { components, operations, paths } from './generated/schema';

export type { components, operations, paths };

type Schemas = components['schemas'];

export type ProblemDetails = Schemas['ProblemDetails'];
export type FieldError = Schemas['FieldError'];
export type ClientConfig = Schemas['ClientConfig'];
export type Me = Schemas['Me'];
export type Role = Me['roles'][number];
export type RelationType = Schemas['RelationType'];
export type User = Schemas['User'];
/** Address as sent (every part optional). */
export type Address = Schemas['Address'];
/** Address as returned. */
export type AddressView = Schemas['AddressView'];
export type OrganisationStatus = Schemas['OrganisationStatus'];
export type OrganisationSummary = Schemas['OrganisationSummary'];
export type OrganisationPage = Schemas['OrganisationPage'];
export type Organisation = Schemas['Organisation'];
export type OrganisationInput = Schemas['CreateOrganisation'];
export type OrganisationPatch = Schemas['UpdateOrganisation'];
export type ContactPerson = Schemas['ContactPerson'];
export type ContactPersonInput = Schemas['LinkContactPerson'];
export type HistoryEntry = Schemas['AuditEvent'];
export type HistoryPage = Schemas['AuditEventPage'];
export type PersonSummary = Schemas['PersonSummary'];
export type PersonPage = Schemas['PersonPage'];
export type Person = Schemas['Person'];
export type PersonInput = Schemas['CreatePerson'];
export type PersonPatch = Schemas['UpdatePerson'];
export type KvkCompanyHit = Schemas['KvkCompanyHit'];
export type KvkCompanyPage = Schemas['KvkCompanyPage'];
export type KvkCompanyProfile = Schemas['KvkCompanyProfile'];
export type KvkOrganisationPrefill = Schemas['KvkOrganisationPrefill'];
export type KvkField = Schemas['KvkField'];
export type KvkDifference = Schemas['KvkDifference'];
export type OrganisationKvkDifferences = Schemas['OrganisationKvkDifferences'];
export type ContactChannel = Schemas['ContactChannel'];
export type ContactDirection = Schemas['ContactDirection'];
export type ContactMoment = Schemas['ContactMoment'];
export type ContactMomentInput = Schemas['CreateContactMoment'];
export type RelationObjectType = Schemas['RelationObjectType'];
export type Task = Schemas['Task'];
export type TaskPage = Schemas['TaskPage'];
export type TaskStatus = Schemas['TaskStatus'];
export type TaskInput = Schemas['CreateTask'];
export type TaskPatch = Schemas['UpdateTask'];
export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['NotificationPage'];
export type RelationSummary = Schemas['RelationSummary'];
export type TimelineItem = Schemas['TimelineItem'];
export type TimelinePage = Schemas['TimelinePage'];
export type StaffRef = Schemas['StaffRef'];

type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
export type OrganisationListQuery = QueryOf<operations['Organisations_list']>;
export type OrganisationSort = NonNullable<OrganisationListQuery['sort']>;
export type PersonListQuery = QueryOf<operations['Persons_list']>;
export type PersonSort = NonNullable<PersonListQuery['sort']>;
export type KvkSearchQuery = QueryOf<operations['Kvk_search']>;
export type TaskListQuery = QueryOf<operations['Tasks_list']>;
export type TaskSort = NonNullable<TaskListQuery['sort']>;
export type TimelineQuery = QueryOf<operations['OrganisationTimeline_timeline']>;
