import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_TENANT_ID, DEMO_USERS } from '@gemeente-crm/integrations-entra';
import { NotifyDueTasks } from '@gemeente-crm/interactions-core';
import { DemoInteractionsSeeder } from '@gemeente-crm/interactions-feature';
import { DemoLeadsSeeder } from '@gemeente-crm/leads-feature';
import { FAKE_KVK_COMPANIES } from '@gemeente-crm/integrations-kvk';
import { ConflictError, SYSTEM_ACTOR } from '@gemeente-crm/api-kernel';
import { CompanyRegistry, CreateOrganisation, organisationPrefillFromProfile } from '@gemeente-crm/relations-core';
import { DemoRelationsSeeder } from '@gemeente-crm/relations-feature';
import { UserDirectory } from '../users/user-directory.js';

export const DEMO_ORGANISATIONS = 300;
export const DEMO_CONTACT_MOMENTS = 1_500;
export const DEMO_TASKS = 60;
export const DEMO_LEADS = 40;
/** Demo organisations that the demo KvK register knows, registered earlier with outdated data. */
export const DEMO_KVK_ORGANISATIONS = 6;

/** The demo users as the user directory knows them, so owners have names before anyone logs in. */
export async function registerDemoUsers(app: INestApplicationContext): Promise<string[]> {
  const users = app.get(UserDirectory);
  const ids: string[] = [];
  for (const user of DEMO_USERS) {
    const id = `${DEMO_TENANT_ID}:${user.oid}`;
    await users.record({ id, displayName: user.displayName, roles: user.roles });
    if (user.roles.includes('accountmanager') || user.roles.includes('teamleider')) ids.push(id);
  }
  return ids;
}

/** The demo users who work with relations: they take part in contact moments and get tasks. */
export function demoStaffIds(): string[] {
  return DEMO_USERS.filter((user) => user.roles.some((role) => ['medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator'].includes(role))).map(
    (user) => `${DEMO_TENANT_ID}:${user.oid}`,
  );
}

/** On first start in demo mode: a few hundred relations around 's-Hertogenbosch to log in to. */
export async function seedDemoDataIfEmpty(app: INestApplicationContext, log: (message: string) => void): Promise<void> {
  const ownerIds = await registerDemoUsers(app);
  const seeder = app.get(DemoRelationsSeeder);
  if (await seeder.isEmpty()) {
    const added = await seeder.seed({ organisations: DEMO_ORGANISATIONS, ownerIds });
    const known = await seedOrganisationsKnownToKvk(app, ownerIds);
    log(`Demo data seeded: ${added + known} organisations with their contact persons`);
  }
  // Checked apart from the relations, so a demo database from before contact moments existed gets them too.
  const interactions = app.get(DemoInteractionsSeeder);
  if (await interactions.isEmpty()) {
    await interactions.seed({ contactMoments: DEMO_CONTACT_MOMENTS, tasks: DEMO_TASKS, staffIds: demoStaffIds() });
    // Seeded tasks bypass the reminder jobs; remind now rather than at the next sweep.
    const reminded = await app.get(NotifyDueTasks).sweep();
    log(`Demo data seeded: ${DEMO_CONTACT_MOMENTS} contact moments and ${DEMO_TASKS} tasks (${reminded} reminders)`);
  }
  // Checked apart too, so a demo database from before leads existed gets a pipeline and leads.
  const leads = app.get(DemoLeadsSeeder);
  if (await leads.isEmpty()) {
    const added = await leads.seed({ leads: DEMO_LEADS, ownerIds });
    log(`Demo data seeded: a pipeline with ${added} leads`);
  }
}

/**
 * A few organisations that the demo KvK register also knows, recorded some time ago: their SBI
 * codes and website are behind, so "Bijwerken vanuit KvK" has differences to show.
 */
async function seedOrganisationsKnownToKvk(app: INestApplicationContext, ownerIds: readonly string[]): Promise<number> {
  const registry = app.get(CompanyRegistry);
  const create = app.get(CreateOrganisation);
  let created = 0;
  for (const company of FAKE_KVK_COMPANIES.filter((c) => !c.einddatum).slice(0, DEMO_KVK_ORGANISATIONS)) {
    const profile = await registry.profile(company.kvkNummer);
    if (!profile) continue;
    const prefill = organisationPrefillFromProfile(profile);
    try {
      await create.execute(
        { ...prefill, sbiCodes: prefill.sbiCodes.slice(1), website: null, relationTypes: ['klant'], ownerId: ownerIds[created % ownerIds.length] ?? null },
        { actor: SYSTEM_ACTOR, reason: 'Demogegevens', client: 'seed' },
      );
      created += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return created;
}
