import { z } from 'zod';

/**
 * The parts of KvK's answers this adapter reads, as KvK names them. Unknown fields are
 * ignored and nearly everything is optional: KvK leaves out what it does not know, and a new
 * field in their answer must not break ours.
 */

const houseNumber = z.union([z.number(), z.string()]);

/** KvK's error body, on every 4xx and 5xx it answers itself. */
export const KvkFoutSchema = z.object({ code: z.string().default(''), omschrijving: z.string().default('') });
export type KvkFout = z.infer<typeof KvkFoutSchema>;
export const KvkErrorBodySchema = z.object({ fout: z.array(KvkFoutSchema) });

/** Zoeken v2: an address is either Dutch or foreign, never both. */
export const ZoekenAdresSchema = z.object({
  binnenlandsAdres: z
    .object({
      type: z.string().optional(),
      straatnaam: z.string().optional(),
      huisnummer: houseNumber.optional(),
      huisletter: z.string().optional(),
      postbusnummer: houseNumber.optional(),
      postcode: z.string().optional(),
      plaats: z.string().optional(),
    })
    .optional(),
  buitenlandsAdres: z
    .object({ straatHuisnummer: z.string().optional(), postcodeWoonplaats: z.string().optional(), land: z.string().optional() })
    .optional(),
});

export const ZoekenResultaatSchema = z.object({
  kvkNummer: z.string(),
  vestigingsnummer: z.string().optional(),
  naam: z.string().default(''),
  adres: ZoekenAdresSchema.optional(),
  /** hoofdvestiging, nevenvestiging or rechtspersoon. */
  type: z.string().optional(),
  /** "Ja" / "Nee". */
  actief: z.string().optional(),
});
export type ZoekenResultaat = z.infer<typeof ZoekenResultaatSchema>;

export const ZoekenResponseSchema = z.object({
  pagina: z.number().int().default(1),
  resultatenPerPagina: z.number().int().default(10),
  totaal: z.number().int().default(0),
  resultaten: z.array(ZoekenResultaatSchema).default([]),
});

/** Basisprofiel v1 address: Dutch ones have street parts, foreign ones two free lines. */
export const BasisprofielAdresSchema = z.object({
  /** bezoekadres or correspondentieadres. */
  type: z.string().optional(),
  /** "Ja" when the address is shielded (e.g. a sole trader working from home). */
  indAfgeschermd: z.string().optional(),
  straatnaam: z.string().optional(),
  huisnummer: houseNumber.optional(),
  huisletter: z.string().optional(),
  huisnummerToevoeging: z.string().optional(),
  postbusnummer: houseNumber.optional(),
  postcode: z.string().optional(),
  plaats: z.string().optional(),
  straatHuisnummer: z.string().optional(),
  postcodeWoonplaats: z.string().optional(),
  land: z.string().optional(),
});
export type BasisprofielAdres = z.infer<typeof BasisprofielAdresSchema>;

const VestigingSchema = z.object({
  vestigingsnummer: z.string().optional(),
  eersteHandelsnaam: z.string().optional(),
  adressen: z.array(BasisprofielAdresSchema).default([]),
  websites: z.array(z.string()).default([]),
});

const EigenaarSchema = z.object({
  rechtsvorm: z.string().optional(),
  uitgebreideRechtsvorm: z.string().optional(),
  /** Only when there is no main branch: then the owner block carries the addresses. */
  adressen: z.array(BasisprofielAdresSchema).default([]),
  websites: z.array(z.string()).default([]),
});

export const BasisprofielSchema = z.object({
  kvkNummer: z.string(),
  naam: z.string().optional(),
  statutaireNaam: z.string().optional(),
  handelsnamen: z.array(z.object({ naam: z.string(), volgorde: z.number().optional() })).default([]),
  sbiActiviteiten: z
    .array(z.object({ sbiCode: z.string(), sbiOmschrijving: z.string().default(''), indHoofdactiviteit: z.string().optional() }))
    .default([]),
  materieleRegistratie: z.object({ datumAanvang: z.string().optional(), datumEinde: z.string().optional() }).optional(),
  _embedded: z.object({ hoofdvestiging: VestigingSchema.optional(), eigenaar: EigenaarSchema.optional() }).optional(),
});
export type Basisprofiel = z.infer<typeof BasisprofielSchema>;
