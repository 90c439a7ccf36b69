import type { ReactNode } from 'react';
import { NoAccess } from './NoAccess';
import type { Permission } from './permissions';
import { useSession } from './session';

/** Renders children for users with `permission`, the "Geen toegang" page for everyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? <>{children}</> : <NoAccess />;
}

/** Renders children only when the user has `permission` (buttons, menu items). */
export function IfPermitted({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return can(permission) ? <>{children}</> : null;
}
