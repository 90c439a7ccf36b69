import { FACTOR_GROUPS, SCORING_FACTORS } from './scoring-factors.js';
import { DEFAULT_SCORING_MODEL } from './scoring-model.js';
import { SBI_SECTIONS } from './sbi-sections.js';

/**
 * The Algoritmeregister entry of the lead score, generated from the factor metadata the scorer
 * itself uses plus a hand-written Dutch text (docs/algoritmeregister/lead-scoring.bron.md). The
 * hand-written text has one `## ` section per register field and placeholders such as
 * `{{factoren}}` where the generated parts go. `npm run algoritmeregister:check` fails when the
 * committed entry differs from what this produces, so the public description cannot drift from
 * the code.
 */
export const REGISTER_PLACEHOLDERS = ['versie', 'gegevens', 'factoren', 'gewichten', 'doelen'] as const;

const formatNumber = (value: number) => String(value).replace('.', ',');

function generatedParts(): Record<(typeof REGISTER_PLACEHOLDERS)[number], string> {
  const model = DEFAULT_SCORING_MODEL;
  const data = [...new Set(SCORING_FACTORS.flatMap((factor) => factor.dataUsed))];
  const factors = SCORING_FACTORS.map((factor) => {
    const effect = factor.direction === 'positive' ? 'verhoogt de score' : 'verlaagt de score';
    return `- **${factor.label}** (${FACTOR_GROUPS[factor.group].toLowerCase()}; ${effect}). Gebruikt: ${factor.dataUsed.join('; ')}. ${factor.computation}`;
  });
  const weights = [
    '| Factor | Groep | Richting | Standaardgewicht |',
    '|---|---|---|---|',
    ...SCORING_FACTORS.map(
      (factor) => `| ${factor.label} | ${FACTOR_GROUPS[factor.group]} | ${factor.direction === 'positive' ? 'plus' : 'min'} | ${formatNumber(model.weights[factor.id])} |`,
    ),
  ];
  const sectors = model.targets.sectors.map((section) => `${section} (${SBI_SECTIONS[section].toLowerCase()})`).join(', ');
  return {
    versie: `Standaardmodel versie ${model.version}. Elke wijziging van gewichten of doelgroep door de functioneel beheerder maakt een nieuwe modelversie; elke score bewaart de versie waarmee hij is berekend, en elke wijziging staat met reden in de audit trail.`,
    gegevens: data.map((item) => `- ${item}`).join('\n'),
    factoren: factors.join('\n'),
    gewichten: weights.join('\n'),
    doelen: `Doelsectoren (SBI-secties): ${sectors}. Doelpostcodegebieden: ${model.targets.postcodeAreas.join(', ')}. Doelplaatsen: ${model.targets.cities.join(', ')}.`,
  };
}

export interface AlgorithmRegisterEntry {
  markdown: string;
  /** The same fields as JSON, keyed by the register's field names, for uploading to the register. */
  json: string;
}

/** @throws Error when the hand-written text names a placeholder that does not exist */
export function algorithmRegisterEntry(source: string): AlgorithmRegisterEntry {
  const parts = generatedParts();
  const markdown = source.replace(/\{\{([a-z]+)\}\}/g, (_, name: string) => {
    if (!(REGISTER_PLACEHOLDERS as readonly string[]).includes(name)) throw new Error(`Unknown placeholder {{${name}}} in the register text`);
    return parts[name as keyof typeof parts];
  });
  const generatedNote =
    '<!-- Gegenereerd door `npm run algoritmeregister` uit docs/algoritmeregister/lead-scoring.bron.md en de factoren in de code. Niet met de hand wijzigen. -->\n\n';
  const fields: Record<string, string> = {};
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim();
  if (title) fields['naam'] = title;
  for (const section of markdown.split(/^## /m).slice(1)) {
    const newline = section.indexOf('\n');
    const heading = section.slice(0, newline).trim();
    fields[fieldKey(heading)] = section.slice(newline + 1).trim();
  }
  return { markdown: generatedNote + markdown, json: `${JSON.stringify(fields, null, 2)}\n` };
}

/** "Menselijke tussenkomst" → "menselijke_tussenkomst". */
function fieldKey(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
