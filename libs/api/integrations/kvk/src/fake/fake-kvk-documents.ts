import type { FakeKvkAddress, FakeKvkBranch, FakeKvkCompany } from './fake-kvk-company.js';

/**
 * The fake register's companies rendered in the shapes KvK's APIs answer with (Zoeken v2,
 * Basisprofiel v1), field names and conventions included: "Ja"/"Nee" indicators, yyyyMMdd
 * dates, integer house numbers, `_embedded` blocks and `links`.
 */

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

function fullAddress(address: FakeKvkAddress): string {
  const number = `${address.huisnummer}${address.huisletter ?? ''}${address.huisnummerToevoeging ? ` ${address.huisnummerToevoeging}` : ''}`;
  return `${address.straatnaam} ${number} ${address.postcode} ${address.plaats}`;
}

function visitingAddress(branch: FakeKvkBranch): Record<string, unknown> {
  if (branch.afgeschermd) return { type: 'bezoekadres', indAfgeschermd: 'Ja' };
  const address = branch.bezoekadres;
  return {
    type: 'bezoekadres',
    indAfgeschermd: 'Nee',
    volledigAdres: fullAddress(address),
    straatnaam: address.straatnaam,
    huisnummer: address.huisnummer,
    ...(address.huisletter ? { huisletter: address.huisletter } : {}),
    ...(address.huisnummerToevoeging ? { huisnummerToevoeging: address.huisnummerToevoeging } : {}),
    postcode: address.postcode,
    plaats: address.plaats,
    land: 'Nederland',
  };
}

function postalAddress(branch: FakeKvkBranch): Record<string, unknown>[] {
  if (!branch.postbus) return [];
  const { postbusnummer, postcode, plaats } = branch.postbus;
  return [
    {
      type: 'correspondentieadres',
      indAfgeschermd: 'Nee',
      volledigAdres: `Postbus ${postbusnummer} ${postcode} ${plaats}`,
      postbusnummer,
      postcode,
      plaats,
      land: 'Nederland',
    },
  ];
}

export function isActive(company: FakeKvkCompany): boolean {
  return !company.einddatum;
}

export function branchesOf(company: FakeKvkCompany): { branch: FakeKvkBranch; main: boolean }[] {
  return [{ branch: company.hoofdvestiging, main: true }, ...(company.nevenvestigingen ?? []).map((branch) => ({ branch, main: false }))];
}

export function tradeNamesOf(company: FakeKvkCompany): string[] {
  return company.handelsnamen ?? [company.naam];
}

/** What a Zoeken result says about a branch, and about the legal entity itself (no address). */
export interface ZoekenCandidate {
  company: FakeKvkCompany;
  branch: FakeKvkBranch | null;
  main: boolean;
}

export function zoekenCandidates(companies: readonly FakeKvkCompany[]): ZoekenCandidate[] {
  return companies.flatMap((company) => [
    ...(company.rsin ? [{ company, branch: null, main: false }] : []),
    ...branchesOf(company).map(({ branch, main }) => ({ company, branch, main })),
  ]);
}

/**
 * One Zoeken v2 result. KvK shows the house number and postcode only when the search asked
 * for a postcode, and no address at all when it is shielded; the fake does the same.
 */
export function zoekenResultaat(candidate: ZoekenCandidate, baseUrl: string, withHouseNumber: boolean): Record<string, unknown> {
  const { company, branch, main } = candidate;
  const links = [{ rel: 'basisprofiel', href: `${baseUrl}/v1/basisprofielen/${company.kvkNummer}` }];
  if (!branch) {
    return { kvkNummer: company.kvkNummer, rsin: company.rsin, naam: company.naam, type: 'rechtspersoon', actief: yesNo(isActive(company)), links };
  }
  const address = branch.bezoekadres;
  return {
    kvkNummer: company.kvkNummer,
    vestigingsnummer: branch.vestigingsnummer,
    naam: branch.naam ?? company.naam,
    ...(branch.afgeschermd
      ? {}
      : {
          adres: {
            binnenlandsAdres: {
              type: 'bezoekadres',
              straatnaam: address.straatnaam,
              ...(withHouseNumber ? { huisnummer: address.huisnummer, ...(address.huisletter ? { huisletter: address.huisletter } : {}), postcode: address.postcode } : {}),
              plaats: address.plaats,
            },
          },
        }),
    type: main ? 'hoofdvestiging' : 'nevenvestiging',
    actief: yesNo(isActive(company)),
    links: [...links, { rel: 'vestigingsprofiel', href: `${baseUrl}/v1/vestigingsprofielen/${branch.vestigingsnummer}` }],
  };
}

function registration(company: FakeKvkCompany): Record<string, unknown> {
  return {
    formeleRegistratiedatum: company.registratiedatum,
    materieleRegistratie: { datumAanvang: company.registratiedatum, ...(company.einddatum ? { datumEinde: company.einddatum } : {}) },
  };
}

function hoofdvestiging(company: FakeKvkCompany, baseUrl: string): Record<string, unknown> {
  const branch = company.hoofdvestiging;
  const fullTime = Math.ceil(branch.werkzamePersonen * 0.6);
  return {
    vestigingsnummer: branch.vestigingsnummer,
    kvkNummer: company.kvkNummer,
    ...(company.rsin ? { rsin: company.rsin } : {}),
    indNonMailing: 'Nee',
    ...registration(company),
    eersteHandelsnaam: branch.naam ?? tradeNamesOf(company)[0],
    indHoofdvestiging: 'Ja',
    indCommercieleVestiging: 'Ja',
    voltijdWerkzamePersonen: fullTime,
    deeltijdWerkzamePersonen: branch.werkzamePersonen - fullTime,
    totaalWerkzamePersonen: branch.werkzamePersonen,
    handelsnamen: tradeNamesOf(company).map((naam, index) => ({ naam, volgorde: index })),
    adressen: [visitingAddress(branch), ...postalAddress(branch)],
    websites: branch.websites ?? [],
    links: [{ rel: 'self', href: `${baseUrl}/v1/basisprofielen/${company.kvkNummer}/hoofdvestiging` }],
  };
}

/** Basisprofiel v1 with the main branch and the owner embedded, as `GET /basisprofielen/{kvkNummer}` answers. */
export function basisprofiel(company: FakeKvkCompany, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/v1/basisprofielen/${company.kvkNummer}`;
  return {
    kvkNummer: company.kvkNummer,
    indNonMailing: 'Nee',
    naam: company.naam,
    ...registration(company),
    totaalWerkzamePersonen: branchesOf(company).reduce((total, { branch }) => total + branch.werkzamePersonen, 0),
    ...(company.statutaireNaam ? { statutaireNaam: company.statutaireNaam } : {}),
    handelsnamen: tradeNamesOf(company).map((naam, index) => ({ naam, volgorde: index })),
    sbiActiviteiten: company.sbi.map(([sbiCode, sbiOmschrijving], index) => ({ sbiCode, sbiOmschrijving, indHoofdactiviteit: yesNo(index === 0) })),
    links: [
      { rel: 'self', href: self },
      { rel: 'vestigingen', href: `${self}/vestigingen` },
    ],
    _embedded: {
      hoofdvestiging: hoofdvestiging(company, baseUrl),
      eigenaar: {
        ...(company.rsin ? { rsin: company.rsin } : {}),
        rechtsvorm: company.rechtsvorm,
        uitgebreideRechtsvorm: company.uitgebreideRechtsvorm,
        links: [{ rel: 'self', href: `${self}/eigenaar` }],
      },
    },
  };
}
