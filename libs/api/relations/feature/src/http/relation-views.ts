import type { Organisation, OrganisationSummary, PersonDetails, PersonSummary } from '@gemeente-crm/relations-core';

/** Domain records as the API shows them: ISO dates, and the owner's name alongside the id. */
export function organisationView(organisation: Organisation, ownerNames: Map<string, string>) {
  return {
    ...organisation,
    ownerName: organisation.ownerId ? (ownerNames.get(organisation.ownerId) ?? null) : null,
    archivedAt: organisation.archivedAt?.toISOString() ?? null,
    mergedIntoId: organisation.mergedIntoId ?? null,
    kvkStatus: organisation.kvkStatus ?? null,
    kvkCheckedAt: organisation.kvkCheckedAt?.toISOString() ?? null,
    createdAt: organisation.createdAt.toISOString(),
    updatedAt: organisation.updatedAt.toISOString(),
  };
}

export function organisationSummaryView(summary: OrganisationSummary, ownerNames: Map<string, string>) {
  return {
    ...summary,
    ownerName: summary.ownerId ? (ownerNames.get(summary.ownerId) ?? null) : null,
    merged: summary.merged ?? false,
    kvkStatus: summary.kvkStatus ?? null,
    updatedAt: summary.updatedAt.toISOString(),
  };
}

export function personView(person: PersonDetails) {
  return {
    id: person.id,
    voornaam: person.voornaam,
    tussenvoegsel: person.tussenvoegsel,
    achternaam: person.achternaam,
    displayName: person.displayName,
    email: person.email,
    phone: person.phone,
    ...(person.bsn !== undefined ? { bsn: person.bsn } : {}),
    postalAddress: person.postalAddress ?? null,
    archivedAt: person.archivedAt?.toISOString() ?? null,
    archiveReason: person.archiveReason,
    mergedIntoId: person.mergedIntoId ?? null,
    version: person.version,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
  };
}

export function personSummaryView(summary: PersonSummary) {
  return {
    id: summary.id,
    displayName: summary.displayName,
    email: summary.email,
    phone: summary.phone,
    city: summary.city ?? null,
    archived: summary.archived,
    merged: summary.merged ?? false,
    updatedAt: summary.updatedAt.toISOString(),
  };
}
