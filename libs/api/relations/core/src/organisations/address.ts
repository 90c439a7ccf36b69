/** A visiting or postal address. Dutch addresses (country NL) follow Dutch postcode rules. */
export interface Address {
  street: string | null;
  houseNumber: string | null;
  houseNumberAddition: string | null;
  /** For NL normalised to "1234AB"; for other countries as entered. */
  postcode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string;
}

/** An address as a caller submits it; every part may be missing or blank. */
export interface AddressInput {
  street?: string | null;
  houseNumber?: string | null;
  houseNumberAddition?: string | null;
  postcode?: string | null;
  city?: string | null;
  /** Defaults to NL. */
  country?: string | null;
}

export const DEFAULT_COUNTRY = 'NL';
