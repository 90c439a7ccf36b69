import { pageQueryShape, pageSchema, queryBoolean } from '@gemeente-crm/api-http';
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const OrganisationStatusSchema = z.enum(['prospect', 'actief', 'inactief']).meta({ id: 'OrganisationStatus' });
export const KvkRegistrationStatusSchema = z
  .enum(['ingeschreven', 'uitgeschreven', 'onbekend'])
  .meta({ id: 'KvkRegistrationStatus', description: 'What the periodic KvK check found; onbekend = the register does not know the number' });

export const AddressSchema = z
  .object({
    street: optionalText(200),
    houseNumber: optionalText(10),
    houseNumberAddition: optionalText(10),
    postcode: optionalText(10).describe('Dutch postcode, e.g. 5211 AB'),
    city: optionalText(100),
    country: z.string().length(2).toUpperCase().nullable().optional().describe('ISO 3166-1 alpha-2; NL when omitted'),
  })
  .strict()
  .meta({ id: 'Address' });

const organisationFields = {
  name: text(300).min(1),
  kvkNumber: optionalText(8).describe('KvK-nummer, 8 digits'),
  vestigingsnummer: optionalText(12).describe('Vestigingsnummer, 12 digits'),
  legalForm: optionalText(50),
  sbiCodes: z.array(text(10)).max(20).optional(),
  visitingAddress: AddressSchema.nullable().optional(),
  postalAddress: AddressSchema.nullable().optional(),
  phone: optionalText(30),
  email: optionalText(254),
  website: optionalText(300),
  relationTypes: z.array(text(50)).max(20).optional(),
  tags: z.array(text(50)).max(50).optional(),
  ownerId: optionalText(200).describe('Id of the owning account manager (see GET /users)'),
  status: OrganisationStatusSchema.optional(),
};

const reasonField = { reason: text(500).optional().describe('Why; recorded in the audit trail (alternative to X-Reason)') };

export const CreateOrganisationSchema = z
  .object({ ...organisationFields, ...reasonField })
  .strict()
  .meta({ id: 'CreateOrganisation' });

export const UpdateOrganisationSchema = z
  .object({ ...organisationFields, name: organisationFields.name.optional(), ...reasonField })
  .strict()
  .meta({ id: 'UpdateOrganisation', description: 'Only the fields present are changed' });

export const ReasonSchema = z
  .object({ reason: text(500).optional().describe('Required by the action; recorded in the audit trail') })
  .strict()
  .meta({ id: 'ReasonInput' });

export const AddressOutSchema = z
  .object({
    street: z.string().nullable(),
    houseNumber: z.string().nullable(),
    houseNumberAddition: z.string().nullable(),
    postcode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: 'AddressView' });

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kvkNumber: z.string().nullable(),
    vestigingsnummer: z.string().nullable(),
    legalForm: z.string().nullable(),
    sbiCodes: z.array(z.string()),
    visitingAddress: AddressOutSchema.nullable(),
    postalAddress: AddressOutSchema.nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    relationTypes: z.array(z.string()),
    tags: z.array(z.string()),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    status: OrganisationStatusSchema,
    archivedAt: z.iso.datetime().nullable(),
    archiveReason: z.string().nullable(),
    mergedIntoId: z.uuid().nullable().describe('Set when merged into that organisation; the record is then read-only'),
    kvkStatus: KvkRegistrationStatusSchema.nullable(),
    kvkCheckedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Organisation' });

export const OrganisationSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kvkNumber: z.string().nullable(),
    city: z.string().nullable(),
    status: OrganisationStatusSchema,
    relationTypes: z.array(z.string()),
    tags: z.array(z.string()),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    archived: z.boolean(),
    merged: z.boolean(),
    kvkStatus: KvkRegistrationStatusSchema.nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrganisationSummary' });

export const OrganisationPageSchema = pageSchema(OrganisationSummarySchema, 'OrganisationPage');

export const OrganisationQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Searches name, KvK number, city and e-mail'),
    relationType: z.string().max(50).optional(),
    tag: z.string().max(50).optional(),
    ownerId: z.string().max(200).optional(),
    status: OrganisationStatusSchema.optional(),
    city: z.string().max(100).optional(),
    kvkWarning: queryBoolean.optional().describe('Only organisations the KvK check found deregistered or unknown'),
    includeArchived: queryBoolean.optional(),
    sort: z.enum(['relevance', 'name', '-name', 'city', '-city', 'updatedAt', '-updatedAt']).optional().describe('Default: relevance when q is given, else name'),
    ...pageQueryShape,
  })
  .strict();

const personFields = {
  voornaam: optionalText(100),
  tussenvoegsel: optionalText(30),
  achternaam: text(150).min(1),
  email: optionalText(254),
  phone: optionalText(30),
  bsn: optionalText(9).describe('BSN of a resident (11-proef); only stored encrypted'),
  postalAddress: AddressSchema.nullable().optional().describe('Where letters go; replaced as a whole, null removes it'),
};

export const CreatePersonSchema = z.object({ ...personFields, ...reasonField }).strict().meta({ id: 'CreatePerson' });
export const UpdatePersonSchema = z
  .object({ ...personFields, achternaam: personFields.achternaam.optional(), ...reasonField })
  .strict()
  .meta({ id: 'UpdatePerson', description: 'Only the fields present are changed; changing the BSN requires a reason' });

export const PersonSchema = z
  .object({
    id: z.uuid(),
    voornaam: z.string().nullable(),
    tussenvoegsel: z.string().nullable(),
    achternaam: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    bsn: z.string().nullable().optional().describe('Only returned to roles allowed to see it'),
    postalAddress: AddressOutSchema.nullable(),
    archivedAt: z.iso.datetime().nullable(),
    archiveReason: z.string().nullable(),
    mergedIntoId: z.uuid().nullable().describe('Set when merged into that person; the record is then read-only'),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Person' });

export const PersonSummarySchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    city: z.string().nullable().describe('City of the postal address'),
    archived: z.boolean(),
    merged: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'PersonSummary' });

export const PersonPageSchema = pageSchema(PersonSummarySchema, 'PersonPage');

export const PersonQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Searches name, e-mail and city'),
    includeArchived: queryBoolean.optional(),
    sort: z.enum(['relevance', 'name', '-name', 'updatedAt', '-updatedAt']).optional(),
    ...pageQueryShape,
  })
  .strict();

export const LinkContactPersonSchema = z
  .object({ personId: z.uuid(), function: optionalText(100), reason: reasonField.reason })
  .strict()
  .meta({ id: 'LinkContactPerson' });

export const ContactPersonSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    personId: z.uuid(),
    displayName: z.string(),
    function: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'ContactPerson' });

export const ContactPersonListSchema = z.array(ContactPersonSchema).meta({ id: 'ContactPersonList' });

export const RelationTypeSchema = z.object({ code: z.string(), label: z.string(), active: z.boolean() }).meta({ id: 'RelationType' });
export const RelationTypeListSchema = z.array(RelationTypeSchema).meta({ id: 'RelationTypeList' });

export const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();
