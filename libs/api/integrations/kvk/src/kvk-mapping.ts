import type { CompanyProfile, CompanyRegistryHit, CompanyRegistryHitType, SbiActivity } from '@gemeente-crm/relations-core';
import { addressFromKvk, houseNumberAddition, text } from './kvk-address.js';
import { legalFormFromKvk } from './kvk-legal-form.js';
import type { Basisprofiel, BasisprofielAdres, ZoekenResultaat } from './kvk-responses.js';

const HIT_TYPES: Record<string, CompanyRegistryHitType> = {
  hoofdvestiging: 'main-branch',
  nevenvestiging: 'branch',
  rechtspersoon: 'legal-entity',
};

/** One Zoeken v2 result as a search hit. */
export function hitFromKvk(resultaat: ZoekenResultaat): CompanyRegistryHit {
  const dutch = resultaat.adres?.binnenlandsAdres;
  const foreign = resultaat.adres?.buitenlandsAdres;
  const postbus = dutch && !dutch.straatnaam && dutch.postbusnummer !== undefined;
  return {
    kvkNumber: resultaat.kvkNummer,
    vestigingsnummer: text(resultaat.vestigingsnummer),
    name: resultaat.naam,
    type: HIT_TYPES[resultaat.type ?? ''] ?? (resultaat.vestigingsnummer ? 'branch' : 'legal-entity'),
    street: postbus ? 'Postbus' : text(dutch?.straatnaam ?? foreign?.straatHuisnummer),
    houseNumber: text(postbus ? dutch?.postbusnummer : dutch?.huisnummer),
    houseNumberAddition: houseNumberAddition(dutch?.huisletter, undefined),
    postcode: text(dutch?.postcode)?.replace(/\s/g, '').toUpperCase() ?? null,
    city: text(dutch?.plaats ?? foreign?.postcodeWoonplaats),
    active: resultaat.actief !== 'Nee',
  };
}

function addressOfType(adressen: readonly BasisprofielAdres[], ...types: string[]): BasisprofielAdres | undefined {
  return adressen.find((adres) => types.includes(adres.type ?? ''));
}

/**
 * A Basisprofiel as a CompanyProfile. Addresses and website come from the main branch;
 * a legal entity without branches has them in its owner block instead, as KvK documents.
 */
export function profileFromKvk(basisprofiel: Basisprofiel): CompanyProfile {
  const main = basisprofiel._embedded?.hoofdvestiging;
  const owner = basisprofiel._embedded?.eigenaar;
  const adressen = main?.adressen.length ? main.adressen : (owner?.adressen ?? []);
  const tradeNames = [...basisprofiel.handelsnamen].sort((a, b) => (a.volgorde ?? 0) - (b.volgorde ?? 0)).map((handelsnaam) => handelsnaam.naam);
  const sbiActivities: SbiActivity[] = basisprofiel.sbiActiviteiten
    .map((activiteit) => ({ code: activiteit.sbiCode.replace(/\D/g, ''), description: activiteit.sbiOmschrijving, main: activiteit.indHoofdactiviteit === 'Ja' }))
    .sort((a, b) => Number(b.main) - Number(a.main));
  return {
    kvkNumber: basisprofiel.kvkNummer,
    vestigingsnummer: text(main?.vestigingsnummer),
    name: text(basisprofiel.naam) ?? tradeNames[0] ?? text(basisprofiel.statutaireNaam) ?? text(main?.eersteHandelsnaam) ?? basisprofiel.kvkNummer,
    statutoryName: text(basisprofiel.statutaireNaam),
    tradeNames,
    legalForm: legalFormFromKvk(owner?.rechtsvorm, owner?.uitgebreideRechtsvorm),
    legalFormDescription: text(owner?.uitgebreideRechtsvorm ?? owner?.rechtsvorm),
    sbiActivities,
    visitingAddress: addressFromKvk(addressOfType(adressen, 'bezoekadres')),
    // Basisprofiel says correspondentieadres; Zoeken v2 and older answers say postadres.
    postalAddress: addressFromKvk(addressOfType(adressen, 'correspondentieadres', 'postadres')),
    website: text(main?.websites[0] ?? owner?.websites[0]),
    active: !basisprofiel.materieleRegistratie?.datumEinde,
  };
}
