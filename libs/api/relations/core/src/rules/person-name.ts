/**
 * Dutch names keep the tussenvoegsel ("van der", "de") apart from the achternaam: it is
 * written in lower case after a first name ("Jan van der Berg"), capitalised when it starts
 * the name ("Van der Berg"), and ignored when sorting ("Berg, Jan van der" sorts under B).
 */
export interface PersonName {
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
}

/** "Jan van der Berg"; without a voornaam "Van der Berg". */
export function personDisplayName(name: PersonName): string {
  const voornaam = clean(name.voornaam);
  const tussenvoegsel = clean(name.tussenvoegsel);
  const achternaam = clean(name.achternaam) ?? '';
  if (voornaam) return join(voornaam, tussenvoegsel, achternaam);
  return join(tussenvoegsel ? capitaliseFirst(tussenvoegsel) : null, achternaam);
}

/** "Berg, Jan van der": achternaam first so lists sort the way a Dutch reader expects. */
export function personSortName(name: PersonName): string {
  const rest = join(clean(name.voornaam), clean(name.tussenvoegsel));
  const achternaam = clean(name.achternaam) ?? '';
  return rest ? `${achternaam}, ${rest}` : achternaam;
}

function clean(value: string | null): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : null;
}

function join(...parts: (string | null)[]): string {
  return parts.filter((part): part is string => !!part).join(' ');
}

function capitaliseFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
