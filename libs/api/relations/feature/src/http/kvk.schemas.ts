import { pageQueryShape, pageSchema } from '@gemeente-crm/api-http';
import { COMPANY_REGISTRY_HIT_TYPES, KVK_ORGANISATION_FIELDS } from '@gemeente-crm/relations-core';
import { z } from 'zod';
import { AddressOutSchema } from './relation.schemas.js';

export const KvkCompanyQuerySchema = z
  .object({
    kvkNumber: z.string().trim().max(20).optional().describe('KvK-nummer, 8 digits'),
    name: z.string().trim().max(200).optional().describe('Part of a trade or legal name'),
    city: z.string().trim().max(100).optional().describe('City of the branch'),
    postcode: z.string().trim().max(10).optional().describe('Dutch postcode, e.g. 5211 AB; KvK may also want houseNumber'),
    houseNumber: z.string().trim().max(10).optional().describe('With postcode'),
    ...pageQueryShape,
  })
  .strict();

export const KvkCompanyHitSchema = z
  .object({
    kvkNumber: z.string(),
    vestigingsnummer: z.string().nullable().describe('Null for the legal entity itself'),
    name: z.string(),
    type: z.enum(COMPANY_REGISTRY_HIT_TYPES).describe('The legal entity (bv, stichting...), its main branch, or another branch'),
    street: z.string().nullable(),
    houseNumber: z.string().nullable().describe('KvK gives it only when the search asked for a postcode'),
    houseNumberAddition: z.string().nullable(),
    postcode: z.string().nullable().describe('KvK gives it only when the search asked for a postcode'),
    city: z.string().nullable(),
    active: z.boolean().describe('False for an ended registration'),
  })
  .meta({ id: 'KvkCompanyHit' });

export const KvkCompanyPageSchema = pageSchema(KvkCompanyHitSchema, 'KvkCompanyPage');

export const KvkOrganisationPrefillSchema = z
  .object({
    name: z.string(),
    kvkNumber: z.string().nullable(),
    vestigingsnummer: z.string().nullable(),
    legalForm: z.string().nullable(),
    sbiCodes: z.array(z.string()),
    visitingAddress: AddressOutSchema.nullable(),
    postalAddress: AddressOutSchema.nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'KvkOrganisationPrefill', description: 'The company as organisation fields, normalised; ready for POST /organisations' });

export const KvkCompanyProfileSchema = z
  .object({
    kvkNumber: z.string(),
    vestigingsnummer: z.string().nullable().describe('Of the main branch'),
    name: z.string(),
    statutoryName: z.string().nullable(),
    tradeNames: z.array(z.string()),
    legalForm: z.string().nullable().describe('One of the CRM legal forms; forms it does not distinguish are "overig"'),
    legalFormDescription: z.string().nullable().describe("KvK's wording, e.g. Besloten Vennootschap"),
    sbiActivities: z
      .array(z.object({ code: z.string(), description: z.string(), main: z.boolean() }).meta({ id: 'KvkSbiActivity' }))
      .describe('Main activity first'),
    active: z.boolean(),
    organisation: KvkOrganisationPrefillSchema,
  })
  .meta({ id: 'KvkCompanyProfile', description: "A company's Basisprofiel from the KvK Handelsregister" });

export const KvkFieldSchema = z.enum(KVK_ORGANISATION_FIELDS).meta({ id: 'KvkField', description: 'An organisation field KvK is the source for' });

export const OrganisationKvkDifferencesSchema = z
  .object({
    organisationId: z.uuid(),
    version: z.number().int().describe('The organisation version compared; send it as If-Match to apply (also in the ETag header)'),
    kvkNumber: z.string(),
    differences: z
      .array(
        z
          .object({
            field: KvkFieldSchema,
            current: z.unknown().describe("The organisation's value, shaped as in Organisation"),
            fromKvk: z.unknown().describe("KvK's value, shaped as in Organisation"),
          })
          .meta({ id: 'KvkDifference' }),
      )
      .describe('Only fields that differ and that KvK has a value for'),
    company: KvkCompanyProfileSchema,
  })
  .meta({ id: 'OrganisationKvkDifferences' });

export const UpdateOrganisationFromKvkSchema = z
  .object({
    fields: z.array(KvkFieldSchema).min(1).max(KVK_ORGANISATION_FIELDS.length).describe('The differing fields to take over from KvK'),
    reason: z.string().trim().max(500).optional().describe('Recorded in the audit trail; default "KvK-gegevens bijgewerkt"'),
  })
  .strict()
  .meta({ id: 'UpdateOrganisationFromKvk' });
