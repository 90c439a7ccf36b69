import { Injectable } from '@nestjs/common';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { type ChangeContext, SYSTEM_ACTOR } from '@gemeente-crm/api-kernel';
import { CreateLead, CreatePipeline, LoseLead, type Pipeline, WinLead } from '@gemeente-crm/leads-core';

export interface LeadSeedOptions {
  leads: number;
  /** Account managers who own the leads. */
  ownerIds: readonly string[];
}

/** The demo pipeline: what Economische Zaken in 's-Hertogenbosch might configure. */
export const DEMO_PIPELINE = {
  name: 'Bedrijfsvestiging en investeringen',
  department: 'Economische Zaken',
  stages: [
    { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
    { name: 'Verkennen', defaultProbability: 25, requiredFields: ['ownerId', 'nextAction'] },
    { name: 'Voorstel', defaultProbability: 50, requiredFields: ['expectedValueCents', 'expectedDecisionDate'] },
    { name: 'Onderhandeling', defaultProbability: 75, requiredFields: ['expectedValueCents', 'expectedDecisionDate', 'nextActionDate'] },
  ],
};

const TITLES = [
  'Vestiging distributiecentrum De Rietvelden',
  'Uitbreiding productiehal',
  'Nieuw kantoor op de Tramkade',
  'Zonnepanelen op bedrijfsdak',
  'Partnerschap stageplaatsen',
  'Catering gemeentelijke evenementen',
  'Verhuizing hoofdkantoor naar Paleiskwartier',
  'Investering in innovatiecentrum JADS',
  'Deelname ondernemersfonds binnenstad',
  'Leverancier groenonderhoud',
  'Samenwerking warmtenet',
  'Nieuwe horecalocatie Markt',
];

const NEXT_ACTIONS = ['Kennismakingsgesprek plannen', 'Locatiebezoek', 'Offerte nabellen', 'Voorstel toelichten', 'Contract concept sturen', 'Terugbellen'];
const SOURCES = ['beurs', 'website', 'doorverwijzing', 'eigen-acquisitie', 'netwerk'];
const LOST_REASONS = ['andere-locatie', 'geen-budget', 'geen-ruimte', 'plannen-gestopt'];

/** A pipeline and a few dozen leads on the demo organisations, so the board looks like a working week. */
@Injectable()
export class DemoLeadsSeeder {
  constructor(
    private readonly db: DatabaseContext,
    private readonly createPipeline: CreatePipeline,
    private readonly createLead: CreateLead,
    private readonly winLead: WinLead,
    private readonly loseLead: LoseLead,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.manager.query('SELECT 1 FROM lead_pipeline LIMIT 1')).length === 0;
  }

  /** Returns the number of leads created (fewer when there are fewer organisations). */
  async seed(options: LeadSeedOptions): Promise<number> {
    const context: ChangeContext = { actor: SYSTEM_ACTOR, reason: 'Demogegevens', client: 'seed' };
    const pipeline: Pipeline = await this.createPipeline.execute(DEMO_PIPELINE, context);
    const organisations: { id: string }[] = await this.db.manager.query(
      `SELECT id FROM organisation WHERE archived_at IS NULL ORDER BY md5(id::text) LIMIT $1`,
      [options.leads],
    );
    const today = new Date();
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    let created = 0;
    for (const [index, organisation] of organisations.entries()) {
      // Most leads early in the funnel, fewer further on: a realistic board.
      const stageIndex = [0, 0, 0, 1, 1, 1, 2, 2, 3, 3][index % 10]!;
      const stage = pipeline.stages[stageIndex]!;
      const lead = await this.createLead.execute(
        {
          pipelineId: pipeline.id,
          stageId: stage.id,
          title: TITLES[index % TITLES.length]!,
          relation: { objectType: 'organisation', objectId: organisation.id },
          sourceCode: SOURCES[index % SOURCES.length]!,
          ownerId: options.ownerIds.length ? options.ownerIds[index % options.ownerIds.length]! : null,
          expectedValueCents: stageIndex >= 1 || index % 2 === 0 ? (25 + ((index * 37) % 400)) * 100_000 : null,
          expectedDecisionDate: day(20 + ((index * 11) % 120)),
          nextAction: NEXT_ACTIONS[index % NEXT_ACTIONS.length]!,
          nextActionDate: day(1 + ((index * 3) % 21)),
          notes: null,
        },
        context,
      );
      created += 1;
      if (index % 13 === 5) await this.winLead.execute(lead.id, { description: 'Vestiging gerealiseerd', valueCents: lead.expectedValueCents }, lead.version, context);
      else if (index % 11 === 7) await this.loseLead.execute(lead.id, { reasonCode: LOST_REASONS[index % LOST_REASONS.length]! }, lead.version, context);
    }
    return created;
  }
}
