import { timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@gemeente-crm/api-kernel';

/** The tenant (`tid`) of every token the local identity provider issues. */
export const DEMO_TENANT_ID = '0069b3e6-29a5-4a26-b15b-87bd27c07f09';

/** Shared by all demo accounts; the login page shows it, this provider is for demos only. */
export const DEMO_PASSWORD = 'demo';

export interface DemoUser {
  /** Login name: the user's role. */
  login: string;
  password: string;
  displayName: string;
  /** Entra object id: fixed, so the same person keeps their records across restarts. */
  oid: string;
  roles: readonly Role[];
}

const PEOPLE: Record<Role, { displayName: string; oid: string }> = {
  medewerker: { displayName: 'Jeroen Jansen', oid: '8f37ce62-2591-4cb2-a1d4-7b474ec3f650' },
  accountmanager: { displayName: 'Anna de Vries', oid: 'dd9a719e-cf3b-4967-86ea-7120d90a6f06' },
  teamleider: { displayName: 'Pieter van den Berg', oid: '0fee40f7-461d-4eef-8561-c7a595d50d0d' },
  klachtcoordinator: { displayName: 'Fatima el Amrani', oid: '42c2d6ef-33d2-4c19-ba60-87b95a722a42' },
  'functioneel-beheerder': { displayName: 'Sanne Bakker', oid: 'ed3f8741-f4a8-4f0a-a865-3ceaebeef832' },
  auditor: { displayName: 'Willem Visser', oid: '8425fdbe-1f78-4111-986d-fea9bc921c6c' },
  'bi-lezer': { displayName: 'Lotte Smit', oid: 'ec1b98b1-554e-4ca7-8157-3d586f9407c2' },
};

/** One demo account per role; the login name is the role, the password `demo`. */
export const DEMO_USERS: readonly DemoUser[] = ROLES.map((role) => ({ login: role, password: DEMO_PASSWORD, ...PEOPLE[role], roles: [role] }));

export function findDemoUserByLogin(login: string): DemoUser | undefined {
  const wanted = login.trim().toLowerCase();
  return DEMO_USERS.find((user) => user.login === wanted);
}

export function findDemoUserByOid(oid: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.oid === oid);
}

/** The user whose login name and password these are, if any. */
export function authenticateDemoUser(login: string, password: string): DemoUser | undefined {
  const user = findDemoUserByLogin(login);
  return user && sameSecret(password, user.password) ? user : undefined;
}

/** The identity claims Entra ID puts in access and ID tokens, for a demo user. */
export function entraClaimsOf(user: DemoUser) {
  return {
    tid: DEMO_TENANT_ID,
    oid: user.oid,
    name: user.displayName,
    preferred_username: `${user.login}@gemeente.example`,
    roles: [...user.roles],
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
