/** A Dutch address as the fake register stores it. */
export interface FakeKvkAddress {
  straatnaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummerToevoeging?: string;
  postcode: string;
  plaats: string;
}

/** One branch (vestiging) of a company. */
export interface FakeKvkBranch {
  vestigingsnummer: string;
  /** The branch's first trade name; defaults to the company's name. */
  naam?: string;
  bezoekadres: FakeKvkAddress;
  postbus?: { postbusnummer: number; postcode: string; plaats: string };
  websites?: string[];
  werkzamePersonen: number;
  /** KvK hides the address, e.g. of a sole trader working from home. */
  afgeschermd?: boolean;
}

/** One registration in the fake Handelsregister, compact; the server renders it in KvK's shapes. */
export interface FakeKvkCompany {
  kvkNummer: string;
  /** Only legal entities (bv, stichting...) have one; they also appear as a `rechtspersoon` search result. */
  rsin?: string;
  naam: string;
  statutaireNaam?: string;
  /** Defaults to the name. */
  handelsnamen?: string[];
  rechtsvorm: string;
  uitgebreideRechtsvorm: string;
  /** [code, description]; the first is the main activity. */
  sbi: ReadonlyArray<readonly [string, string]>;
  /** yyyyMMdd, as KvK writes dates. */
  registratiedatum: string;
  /** Set for a registration that has ended. */
  einddatum?: string;
  hoofdvestiging: FakeKvkBranch;
  nevenvestigingen?: FakeKvkBranch[];
}
