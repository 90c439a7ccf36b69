import { Inject, Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { AuditLog, SYSTEM_ACTOR } from '@gemeente-crm/api-kernel';
import { type DemoRelations, generateDemoRelations } from '@gemeente-crm/relations-core';
import { BsnCipher } from '../persistence/bsn-cipher.js';
import { organisationRow } from '../persistence/typeorm-organisation-repository.js';
import { personRow } from '../persistence/typeorm-person-repository.js';

export interface SeedOptions {
  organisations: number;
  /** Same seed and a continuing `from` give the same data: seeding is repeatable and resumable. */
  seed?: number;
  ownerIds?: readonly string[];
  onProgress?: (done: number) => void;
}

const BATCH = 1_000;
export const DEMO_SEED = 2026;

/**
 * Loads generated demo relations in bulk (one statement per table per batch, through `unnest`),
 * for first-run demo data and for benchmark-sized data sets. Existing rows are left alone, so a
 * run that was interrupted can simply be started again.
 */
@Injectable()
export class DemoRelationsSeeder {
  constructor(
    private readonly db: DatabaseContext,
    @Inject(BsnCipher) private readonly bsn: BsnCipher,
    private readonly audit: AuditLog,
  ) {}

  async isEmpty(): Promise<boolean> {
    const rows = await this.db.manager.query('SELECT 1 FROM organisation LIMIT 1');
    return rows.length === 0;
  }

  /** Adds `organisations` organisations after the ones already there. Returns how many were added. */
  async seed(options: SeedOptions): Promise<number> {
    const [{ n: from }] = await this.db.manager.query('SELECT count(*)::int AS n FROM organisation');
    const generator = generateDemoRelations({ organisations: options.organisations, seed: options.seed ?? DEMO_SEED, from, ownerIds: options.ownerIds ?? [] });
    let batch: DemoRelations[] = [];
    let done = 0;
    const flush = async () => {
      await this.db.transaction(() => this.insert(batch));
      done += batch.length;
      batch = [];
      options.onProgress?.(done);
    };
    for (const relations of generator) {
      batch.push(relations);
      if (batch.length === BATCH) await flush();
    }
    if (batch.length) await flush();
    // Fresh statistics, so the planner picks the search and list indexes right after a big seed.
    await this.db.manager.query('ANALYZE organisation, person, contact_person');
    await this.audit.record({
      action: 'import',
      objectType: 'demo-data',
      objectId: `organisations-${from}-${from + done}`,
      changes: { organisations: { old: from, new: from + done } },
      context: { actor: SYSTEM_ACTOR, reason: 'Demogegevens geladen', client: 'seed' },
    });
    return done;
  }

  private async insert(batch: DemoRelations[]): Promise<void> {
    const organisations = batch.map((relations) => organisationRow(relations.organisation));
    const persons = batch.flatMap((relations) => relations.persons.map((person) => personRow(person, this.bsn)));
    const links = batch.flatMap((relations) => relations.contactPersons);
    const manager = this.db.manager;
    await manager.query(
      `INSERT INTO organisation (id, name, kvk_number, vestigingsnummer, legal_form, sbi_codes, visiting_street, visiting_house_number,
         visiting_house_number_addition, visiting_postcode, visiting_city, visiting_country, postal_address, phone, email, website,
         relation_types, tags, owner_id, status, archived_at, archive_reason, version, created_at, updated_at)
       SELECT id, name, kvk, vestiging, legal_form, sbi::text[], street, number, addition, postcode, city, country, postal::jsonb, phone,
         email, website, types::text[], tags::text[], owner, status, archived_at, archive_reason, version, created_at, updated_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[],
         $21::timestamptz[], $22::text[], $23::int[], $24::timestamptz[], $25::timestamptz[])
         AS t(id, name, kvk, vestiging, legal_form, sbi, street, number, addition, postcode, city, country, postal, phone, email, website,
              types, tags, owner, status, archived_at, archive_reason, version, created_at, updated_at)
       ON CONFLICT DO NOTHING`,
      [
        organisations.map((o) => o.id),
        organisations.map((o) => o.name),
        organisations.map((o) => o.kvkNumber),
        organisations.map((o) => o.vestigingsnummer),
        organisations.map((o) => o.legalForm),
        organisations.map((o) => arrayLiteral(o.sbiCodes)),
        organisations.map((o) => o.visitingStreet),
        organisations.map((o) => o.visitingHouseNumber),
        organisations.map((o) => o.visitingHouseNumberAddition),
        organisations.map((o) => o.visitingPostcode),
        organisations.map((o) => o.visitingCity),
        organisations.map((o) => o.visitingCountry),
        organisations.map((o) => (o.postalAddress ? JSON.stringify(o.postalAddress) : null)),
        organisations.map((o) => o.phone),
        organisations.map((o) => o.email),
        organisations.map((o) => o.website),
        organisations.map((o) => arrayLiteral(o.relationTypes)),
        organisations.map((o) => arrayLiteral(o.tags)),
        organisations.map((o) => o.ownerId),
        organisations.map((o) => o.status),
        organisations.map((o) => o.archivedAt),
        organisations.map((o) => o.archiveReason),
        organisations.map((o) => o.version),
        organisations.map((o) => o.createdAt),
        organisations.map((o) => o.updatedAt),
      ],
    );
    await manager.query(
      `INSERT INTO person (id, voornaam, tussenvoegsel, achternaam, email, phone, bsn_encrypted, bsn_hash, archived_at, archive_reason, version, created_at, updated_at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bytea[], $8::text[], $9::timestamptz[],
         $10::text[], $11::int[], $12::timestamptz[], $13::timestamptz[])
       ON CONFLICT DO NOTHING`,
      [
        persons.map((p) => p.id),
        persons.map((p) => p.voornaam),
        persons.map((p) => p.tussenvoegsel),
        persons.map((p) => p.achternaam),
        persons.map((p) => p.email),
        persons.map((p) => p.phone),
        persons.map((p) => p.bsnEncrypted),
        persons.map((p) => p.bsnHash),
        persons.map((p) => p.archivedAt),
        persons.map((p) => p.archiveReason),
        persons.map((p) => p.version),
        persons.map((p) => p.createdAt),
        persons.map((p) => p.updatedAt),
      ],
    );
    await manager.query(
      `INSERT INTO contact_person (id, organisation_id, person_id, function, created_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])
       ON CONFLICT DO NOTHING`,
      [links.map((l) => l.id), links.map((l) => l.organisationId), links.map((l) => l.personId), links.map((l) => l.function), links.map((l) => l.createdAt)],
    );
  }
}

/** A PostgreSQL array literal, for passing a list per row through `unnest`. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
