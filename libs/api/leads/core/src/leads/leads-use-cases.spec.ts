import { ConflictError } from '@gemeente-crm/api-kernel';
import type { Pipeline } from '../pipelines/pipeline.js';
import { ANNE, changeBy, createLeadsTestKit, leadsUseCases } from '../testing/leads-test-kit.js';
import { StageRequirementsUnmetError } from './lead-errors.js';

const STAGES = [
  { name: 'Nieuw', defaultProbability: 10, requiredFields: [] },
  { name: 'Verkennen', defaultProbability: 25, requiredFields: ['nextAction'] },
  { name: 'Voorstel', defaultProbability: 50, requiredFields: ['expectedValueCents', 'expectedDecisionDate'] },
];

async function setUp() {
  const kit = createLeadsTestKit();
  const useCases = leadsUseCases(kit);
  const pipeline: Pipeline = await useCases.createPipeline.execute({ name: 'Vestiging', department: 'Economische Zaken', stages: STAGES }, changeBy());
  const organisation = kit.organisations.add();
  const stage = (name: string) => pipeline.stages.find((candidate) => candidate.name === name)!;
  const newLead = () =>
    useCases.createLead.execute({ pipelineId: pipeline.id, title: 'Distributiecentrum', relation: { objectType: 'organisation', objectId: organisation.id } }, changeBy());
  return { kit, useCases, pipeline, organisation, stage, newLead };
}

describe('leads', () => {
  it('starts a lead in the first stage with its default probability, owned by its creator, and records the first stage change', async () => {
    const { kit, newLead, stage } = await setUp();
    const lead = await newLead();
    expect(lead).toMatchObject({ stageId: stage('Nieuw').id, probability: 10, ownerId: ANNE, status: 'open', version: 1 });
    expect(kit.history.changes).toEqual([expect.objectContaining({ leadId: lead.id, fromStageId: null, toStageId: stage('Nieuw').id })]);
    expect(kit.auditLog.entries.at(-1)).toMatchObject({ action: 'create', objectType: 'lead', objectId: lead.id });
  });

  it('refuses to enter a stage without the fields it requires, naming each missing field, and writes nothing', async () => {
    const { kit, useCases, newLead, stage } = await setUp();
    const lead = await newLead();
    const attempt = useCases.moveLead.execute(lead.id, stage('Voorstel').id, {}, 1, changeBy());
    await expect(attempt).rejects.toBeInstanceOf(StageRequirementsUnmetError);
    await expect(attempt).rejects.toMatchObject({
      code: 'stage-requirements-unmet',
      errors: [expect.objectContaining({ field: 'expectedValueCents' }), expect.objectContaining({ field: 'expectedDecisionDate' })],
    });
    expect((await kit.leads.findById(lead.id))!.version).toBe(1);
    expect(kit.history.changes).toHaveLength(1);
  });

  it('moves when the fields come with the move: audits stage from → to and takes the stage probability', async () => {
    const { kit, useCases, newLead, stage } = await setUp();
    const lead = await newLead();
    kit.clock.advance(3_600_000);
    const moved = await useCases.moveLead.execute(
      lead.id,
      stage('Voorstel').id,
      { expectedValueCents: 12_500_000, expectedDecisionDate: '2026-12-01' },
      1,
      changeBy(ANNE, 'Offerte gevraagd'),
    );
    expect(moved).toMatchObject({ stageId: stage('Voorstel').id, expectedValueCents: 12_500_000, probability: 50, version: 2 });
    expect(moved.stageEnteredAt.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(kit.auditLog.entries.at(-1)!.changes!['stage']).toEqual({ old: 'Nieuw', new: 'Voorstel' });
    expect(kit.history.changes.map((change) => change.toStageId)).toEqual([stage('Nieuw').id, stage('Voorstel').id]);
  });

  it('moving a lead asks for its score to be recomputed; a refused move asks for nothing', async () => {
    const { kit, useCases, newLead, stage } = await setUp();
    const lead = await newLead();
    expect(kit.scores.leads).toEqual([lead.id]);
    await expect(useCases.moveLead.execute(lead.id, stage('Voorstel').id, {}, 1, changeBy())).rejects.toBeInstanceOf(StageRequirementsUnmetError);
    expect(kit.scores.leads).toEqual([lead.id]);
    await useCases.moveLead.execute(lead.id, stage('Verkennen').id, { nextAction: 'Bellen' }, 1, changeBy());
    expect(kit.scores.leads).toEqual([lead.id, lead.id]);
  });

  it('asks for a new score after an edit and after a win, loss or reopening (a closed lead loses its score)', async () => {
    const { kit, useCases, newLead } = await setUp();
    const lead = await newLead();
    await useCases.updateLead.execute(lead.id, { title: 'Distributiecentrum Oost' }, 1, changeBy());
    // An edit that changes nothing writes nothing, and needs no new score.
    await useCases.updateLead.execute(lead.id, { title: 'Distributiecentrum Oost' }, 2, changeBy());
    await useCases.loseLead.execute(lead.id, { reasonCode: 'geen-budget' }, 2, changeBy());
    await useCases.reopenLead.execute(lead.id, 3, changeBy(ANNE, 'Klant belt terug'));
    await useCases.winLead.execute(lead.id, { description: 'Vestiging' }, 4, changeBy());
    expect(kit.scores.leads).toEqual(Array(5).fill(lead.id));
  });

  it('keeps a probability given with the move instead of the stage default', async () => {
    const { useCases, newLead, stage } = await setUp();
    const lead = await newLead();
    const moved = await useCases.moveLead.execute(lead.id, stage('Verkennen').id, { nextAction: 'Bellen', probability: 40 }, 1, changeBy());
    expect(moved.probability).toBe(40);
  });

  it('wins a lead: records what was won and makes the prospect organisation an active customer', async () => {
    const { kit, useCases, newLead, organisation } = await setUp();
    const lead = await newLead();
    const won = await useCases.winLead.execute(lead.id, { description: 'Vestiging met 80 banen', valueCents: 11_000_000 }, 1, changeBy());
    expect(won).toMatchObject({ status: 'won', won: { description: 'Vestiging met 80 banen', valueCents: 11_000_000 } });
    const customer = (await kit.organisations.findById(organisation.id))!;
    expect(customer.status).toBe('actief');
    expect(customer.relationTypes).toEqual(['klant']);
  });

  it('leaves a partner a partner when it wins', async () => {
    const { kit, useCases, pipeline } = await setUp();
    const partner = kit.organisations.add({ status: 'actief', relationTypes: ['partner'] });
    const lead = await useCases.createLead.execute({ pipelineId: pipeline.id, title: 'Samenwerking', relation: { objectType: 'organisation', objectId: partner.id } }, changeBy());
    await useCases.winLead.execute(lead.id, { description: 'Convenant' }, 1, changeBy());
    expect((await kit.organisations.findById(partner.id))!).toMatchObject({ relationTypes: ['partner'], version: 1 });
  });

  it('loses only with a reason from the list, and reopens only with a reason', async () => {
    const { useCases, newLead } = await setUp();
    const lead = await newLead();
    await expect(useCases.loseLead.execute(lead.id, { reasonCode: '' }, 1, changeBy())).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'reasonCode' })] });
    await expect(useCases.loseLead.execute(lead.id, { reasonCode: 'te-duur' }, 1, changeBy())).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'lost-reason.unknown' })],
    });
    const lost = await useCases.loseLead.execute(lead.id, { reasonCode: 'geen-budget' }, 1, changeBy());
    expect(lost).toMatchObject({ status: 'lost', lostReasonCode: 'geen-budget' });
    await expect(useCases.moveLead.execute(lead.id, lost.stageId, {}, 2, changeBy())).rejects.toBeInstanceOf(ConflictError);
    await expect(useCases.reopenLead.execute(lead.id, 2, changeBy())).rejects.toMatchObject({ errors: [expect.objectContaining({ code: 'reason.required' })] });
    const reopened = await useCases.reopenLead.execute(lead.id, 2, changeBy(ANNE, 'Klant belt terug'));
    expect(reopened).toMatchObject({ status: 'open', lostReasonCode: null, closedAt: null });
  });

  it('creates a prospect organisation with the lead when asked', async () => {
    const { kit, useCases, pipeline } = await setUp();
    const lead = await useCases.createLead.execute({ pipelineId: pipeline.id, title: 'Kantoor', newOrganisation: { name: 'Datafabriek' } }, changeBy());
    const organisation = (await kit.organisations.findById(lead.relation.objectId))!;
    expect(organisation).toMatchObject({ name: 'Datafabriek', status: 'prospect' });
  });

  it('shows every stage on the board with count and total of open leads', async () => {
    const { useCases, newLead, pipeline, stage } = await setUp();
    const first = await newLead();
    await newLead();
    await useCases.moveLead.execute(first.id, stage('Voorstel').id, { expectedValueCents: 500_00, expectedDecisionDate: '2026-09-01' }, 1, changeBy());
    const board = await useCases.board.execute(pipeline.id);
    expect(board.columns.map((column) => [column.stage.name, column.count, column.totalValueCents])).toEqual([
      ['Nieuw', 1, 0],
      ['Verkennen', 0, 0],
      ['Voorstel', 1, 50_000],
    ]);
  });
});

describe('pipelines in use', () => {
  it('renames and reorders stages without touching leads, and refuses to remove a stage that has leads', async () => {
    const { kit, useCases, pipeline, newLead, stage } = await setUp();
    const lead = await newLead();
    const [nieuw, verkennen, voorstel] = pipeline.stages;
    const edited = await useCases.updatePipeline.execute(
      pipeline.id,
      {
        name: pipeline.name,
        department: pipeline.department,
        stages: [
          { id: voorstel!.id, name: 'Offerte', defaultProbability: 60, requiredFields: [] },
          { id: nieuw!.id, name: 'Binnengekomen', defaultProbability: 10 },
          { id: verkennen!.id, name: 'Verkennen', defaultProbability: 25 },
          { name: 'Onderhandeling', defaultProbability: 80 },
        ],
      },
      1,
      changeBy(),
    );
    expect(edited.stages.map((candidate) => [candidate.name, candidate.position])).toEqual([
      ['Offerte', 0],
      ['Binnengekomen', 1],
      ['Verkennen', 2],
      ['Onderhandeling', 3],
    ]);
    expect((await kit.leads.findById(lead.id))!.stageId).toBe(stage('Nieuw').id);

    const removing = useCases.updatePipeline.execute(pipeline.id, { name: pipeline.name, department: pipeline.department, stages: [{ id: voorstel!.id, name: 'Offerte', defaultProbability: 60 }] }, 2, changeBy());
    await expect(removing).rejects.toMatchObject({ code: 'pipeline.stage-in-use' });
    await expect(removing).rejects.toThrow(/Binnengekomen/);
  });

  it('refuses unknown required fields and duplicate stage names field by field', async () => {
    const { useCases } = await setUp();
    await expect(
      useCases.createPipeline.execute(
        { name: 'X', department: 'EZ', stages: [{ name: 'A', requiredFields: ['budget'] }, { name: 'a' }] },
        changeBy(),
      ),
    ).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'stages.0.requiredFields', code: 'required-field.unknown' }), expect.objectContaining({ field: 'stages.1.name', code: 'stage-name.duplicate' })],
    });
  });
});
