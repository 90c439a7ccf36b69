/**
 * Free text as the domain keeps it: trimmed, and blank means "not given" (null), so that an
 * emptied form field and an omitted one are stored the same way.
 */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** optionalText, then `normalise` on what is left; null when nothing is. */
export function optionalNormalisedText(value: string | null | undefined, normalise: (text: string) => string): string | null {
  const text = optionalText(value);
  return text === null ? null : optionalText(normalise(text));
}
