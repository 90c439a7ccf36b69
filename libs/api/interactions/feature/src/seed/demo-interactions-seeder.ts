import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { AuditLog, SYSTEM_ACTOR } from '@gemeente-crm/api-kernel';

export interface InteractionSeedOptions {
  contactMoments: number;
  /** Open and ongoing tasks around today, for "Mijn taken". */
  tasks?: number;
  /** Staff user ids who take part in the contact moments and get the tasks. */
  staffIds: readonly string[];
  /** Same seed, same data (given the same relations). */
  seed?: number;
  onProgress?: (done: number) => void;
}

const BATCH = 50_000;

const SUBJECTS = [
  'Vraag over omgevingsvergunning',
  'Offerte besproken',
  'Klacht over levering',
  'Afspraak bevestigd',
  'Subsidieaanvraag toegelicht',
  'Terugbelverzoek',
  'Evaluatiegesprek contract',
  'Informatieverzoek evenement',
  'Vraag over factuur',
  'Kennismakingsgesprek',
  'Social Return-verplichting besproken',
  'Aanvraag terrasvergunning',
];

const NOTES = [
  'Klant belde met een vraag over de planning.',
  'Afgesproken dat wij binnen twee weken terugkomen met een voorstel.',
  'Contactpersoon is tevreden over de samenwerking.',
  'Er is nog onduidelijkheid over de voorwaarden; nagaan bij juridische zaken.',
  'Documenten worden nagestuurd per e-mail.',
  'Vervolgafspraak ingepland op locatie.',
  'Doorverwezen naar het Ondernemersloket.',
  'Factuur wordt gecrediteerd na controle.',
];

/**
 * Generates contact moments (and optionally tasks) over the relations already in the database,
 * for demos and for benchmarks at millions of rows. Everything is generated inside PostgreSQL
 * (`generate_series`, one statement per batch), so five million contact moments take minutes,
 * not hours. The spread is skewed on purpose, as in real life: a few organisations (the
 * municipality's big partners) have tens of thousands of contact moments, most have a handful.
 */
@Injectable()
export class DemoInteractionsSeeder {
  constructor(
    private readonly db: DatabaseContext,
    private readonly audit: AuditLog,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.manager.query('SELECT 1 FROM contact_moment LIMIT 1')).length === 0;
  }

  /** Adds the contact moments (and tasks); returns how many contact moments were added. */
  async seed(options: InteractionSeedOptions): Promise<number> {
    if (!options.staffIds.length) throw new Error('Seeding contact moments needs at least one staff member');
    const runner = this.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One session throughout: the numbered relations live in a temporary table, and setseed makes random() repeatable.
      await runner.query('SELECT setseed($1)', [((options.seed ?? 2026) % 1000) / 1000]);
      await runner.query(`CREATE TEMPORARY TABLE seed_relation ON COMMIT PRESERVE ROWS AS
        SELECT row_number() OVER (ORDER BY o.id)::int AS n, o.id AS organisation_id,
               (SELECT cp.person_id FROM contact_person cp WHERE cp.organisation_id = o.id ORDER BY cp.person_id LIMIT 1) AS person_id
        FROM organisation o WHERE o.archived_at IS NULL`);
      await runner.query('CREATE UNIQUE INDEX ON seed_relation (n)');
      const [{ count }] = await runner.query('SELECT count(*)::int AS count FROM seed_relation');
      if (!count) throw new Error('Seed organisations first: contact moments need relations to be about');

      let done = 0;
      while (done < options.contactMoments) {
        const size = Math.min(BATCH, options.contactMoments - done);
        await runner.query(
          `WITH generated AS (
             SELECT gen_random_uuid() AS id, 1 + floor($2::int * power(random(), 3))::int AS n,
                    now() - random() * interval '5 years' AS at, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
             FROM generate_series(1, $1::int)
           ), target AS (
             SELECT g.*, s.organisation_id, s.person_id FROM generated g JOIN seed_relation s ON s.n = g.n
           ), moments AS (
             INSERT INTO contact_moment (id, channel, direction, occurred_at, subject, notes_html, notes_text, participant_ids, created_by,
                                         version, created_at, updated_at)
             SELECT id,
                    (ARRAY['telefoon', 'e-mail', 'bezoek', 'brief', 'overleg', 'chat', 'anders'])[1 + floor(r1 * 7)::int],
                    CASE WHEN r2 < 0.6 THEN 'inkomend' ELSE 'uitgaand' END,
                    at,
                    ($3::text[])[1 + floor(r3 * cardinality($3::text[]))::int],
                    '<p>' || ($4::text[])[1 + floor(r4 * cardinality($4::text[]))::int] || '</p>',
                    ($4::text[])[1 + floor(r4 * cardinality($4::text[]))::int],
                    ARRAY[($5::text[])[1 + floor(r5 * cardinality($5::text[]))::int]],
                    ($5::text[])[1 + floor(r5 * cardinality($5::text[]))::int],
                    1, at, at
             FROM target
           ), organisation_links AS (
             INSERT INTO interaction_link (contact_moment_id, object_type, object_id, occurred_at, archived)
             SELECT id, 'organisation', organisation_id, at, false FROM target
           )
           INSERT INTO interaction_link (contact_moment_id, object_type, object_id, occurred_at, archived)
           SELECT id, 'person', person_id, at, false FROM target WHERE person_id IS NOT NULL AND r2 < 0.4`,
          [size, count, SUBJECTS, NOTES, options.staffIds],
        );
        done += size;
        options.onProgress?.(done);
      }

      if (options.tasks) {
        await runner.query(
          `INSERT INTO task (id, title, description, status, assignee_id, assignee_team, due_date, relation_type, relation_id, contact_moment_id,
                             created_by, closed_at, version, created_at, updated_at)
           SELECT gen_random_uuid(), ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int], NULL,
                  CASE WHEN random() < 0.7 THEN 'open' ELSE 'bezig' END,
                  ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int], NULL,
                  current_date + (floor(random() * 30) - 10)::int, 'organisation', s.organisation_id, NULL,
                  ($4::text[])[1], NULL, 1, now() - random() * interval '20 days', now()
           FROM (SELECT 1 + floor($2::int * random())::int AS n FROM generate_series(1, $1::int)) g JOIN seed_relation s ON s.n = g.n`,
          [options.tasks, count, TASK_TITLES, options.staffIds],
        );
      }
      await runner.query('DROP TABLE seed_relation');
      await runner.query('ANALYZE contact_moment, interaction_link, task');
    } finally {
      await runner.release();
    }
    await this.audit.record({
      action: 'import',
      objectType: 'demo-data',
      objectId: `contact-moments-${Date.now()}`,
      changes: { contactMoments: { old: null, new: options.contactMoments }, tasks: { old: null, new: options.tasks ?? 0 } },
      context: { actor: SYSTEM_ACTOR, reason: 'Demogegevens geladen', client: 'seed' },
    });
    return options.contactMoments;
  }
}

const TASK_TITLES = ['Offerte nabellen', 'Vergunningaanvraag controleren', 'Terugbellen over factuur', 'Verslag sturen', 'Afspraak plannen', 'Contract evalueren'];
