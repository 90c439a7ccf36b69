import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_TENANT_ID, DEMO_USERS } from '@gemeente-crm/integrations-entra';
import { NotifyDueTasks } from '@gemeente-crm/interactions-core';
import { DemoInteractionsSeeder } from '@gemeente-crm/interactions-feature';
import { DemoRelationsSeeder } from '@gemeente-crm/relations-feature';
import { UserDirectory } from '../users/user-directory.js';

export const DEMO_ORGANISATIONS = 300;
export const DEMO_CONTACT_MOMENTS = 1_500;
export const DEMO_TASKS = 60;

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
    log(`Demo data seeded: ${added} organisations with their contact persons`);
  }
  // Checked apart from the relations, so a demo database from before contact moments existed gets them too.
  const interactions = app.get(DemoInteractionsSeeder);
  if (await interactions.isEmpty()) {
    await interactions.seed({ contactMoments: DEMO_CONTACT_MOMENTS, tasks: DEMO_TASKS, staffIds: demoStaffIds() });
    // Seeded tasks bypass the reminder jobs; remind now rather than at the next sweep.
    const reminded = await app.get(NotifyDueTasks).sweep();
    log(`Demo data seeded: ${DEMO_CONTACT_MOMENTS} contact moments and ${DEMO_TASKS} tasks (${reminded} reminders)`);
  }
}
