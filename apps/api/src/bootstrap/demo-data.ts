import type { INestApplicationContext } from '@nestjs/common';
import { DEMO_TENANT_ID, DEMO_USERS } from '@gemeente-crm/integrations-entra';
import { DemoRelationsSeeder } from '@gemeente-crm/relations-feature';
import { UserDirectory } from '../users/user-directory.js';

export const DEMO_ORGANISATIONS = 300;

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

/** On first start in demo mode: a few hundred relations around 's-Hertogenbosch to log in to. */
export async function seedDemoDataIfEmpty(app: INestApplicationContext, log: (message: string) => void): Promise<void> {
  const ownerIds = await registerDemoUsers(app);
  const seeder = app.get(DemoRelationsSeeder);
  if (!(await seeder.isEmpty())) return;
  const added = await seeder.seed({ organisations: DEMO_ORGANISATIONS, ownerIds });
  log(`Demo data seeded: ${added} organisations with their contact persons`);
}
