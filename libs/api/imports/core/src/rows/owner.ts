import type { StaffMember } from '../imports/relation-lookups.js';

/** Finds the owner a sheet names by user id or by display name (any case). */
export function resolveOwner(raw: string, staff: readonly StaffMember[]): string | null {
  const wanted = raw.trim().toLowerCase();
  const match = staff.find((member) => member.id.toLowerCase() === wanted || member.displayName.trim().toLowerCase() === wanted);
  return match?.id ?? null;
}

export function unknownOwnerMessage(raw: string): string {
  return `Onbekende eigenaar "${raw}"; gebruik de naam van een medewerker die al eens heeft ingelogd.`;
}
