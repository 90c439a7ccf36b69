import { Controller, Get, Put, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditTrail } from '@gemeente-crm/api-audit';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, etag, IfMatchVersion, pageQueryShape, ValidBody, ValidQuery, withReason } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import {
  GetLeadScore,
  GetScoringModel,
  ListLeadScores,
  ProposeScoringWeights,
  SCORING_AUDIT_OBJECT,
  SCORING_MODEL_AUDIT_ID,
  type ScoringModel,
  UpdateScoringModel,
} from '@gemeente-crm/leads-core';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { UuidParam } from '../http/uuid-param.js';
import { SCORE_READERS, SCORING_CONFIGURATORS } from './scoring-roles.js';
import { LeadScoreListQuerySchema, LeadScoreListSchema, LeadScoreSchema, ScoringModelInputSchema, ScoringModelSchema, WeightProposalSchema } from './scoring.schemas.js';
import { leadScoreView, scoringModelView } from './scoring-views.js';

const HistoryQuerySchema = z.object({ ...pageQueryShape }).strict();

@ApiTags('Lead scoring')
@Controller()
export class LeadScoringController {
  constructor(
    private readonly getModel: GetScoringModel,
    private readonly updateModel: UpdateScoringModel,
    private readonly getScore: GetLeadScore,
    private readonly listScores: ListLeadScores,
    private readonly propose: ProposeScoringWeights,
    private readonly trail: AuditTrail,
  ) {}

  @Get('lead-scoring/model')
  @Roles(...SCORE_READERS)
  @ApiOperation({ summary: 'The scoring model in force: factors with what data they use, how they are computed, and their weights; the ETag is the version' })
  @ApiResult(ScoringModelSchema)
  async model(@Res({ passthrough: true }) reply: FastifyReply) {
    return this.view(await this.getModel.execute(), reply);
  }

  @Put('lead-scoring/model')
  @Roles(...SCORING_CONFIGURATORS)
  @ApiOperation({
    summary: 'Save weights and targets as the next model version; requires If-Match and a reason',
    description: 'Every open lead is rescored in the background with the new version. Also used to approve a proposal (`source: "regressie"`).',
  })
  @ApiResult(ScoringModelSchema)
  @ApiProblems(412, 422, 428)
  async update(
    @IfMatchVersion() version: number,
    @ValidBody(ScoringModelInputSchema) body: z.output<typeof ScoringModelInputSchema>,
    @Change() change: ChangeContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { reason, ...input } = body;
    return this.view(await this.updateModel.execute(input, version, withReason(change, reason)), reply);
  }

  @Get('lead-scoring/model/proposal')
  @Roles(...SCORING_CONFIGURATORS)
  @ApiOperation({
    summary: 'Weights learned from won and lost leads (regularised logistic regression), compared with the current ones on held-out leads',
    description: 'Changes nothing: save the weights with PUT /lead-scoring/model to use them. 409 `lead-scoring.too-little-history` without enough closed leads.',
  })
  @ApiResult(WeightProposalSchema)
  @ApiProblems(409)
  async proposal() {
    return this.propose.execute();
  }

  @Get('lead-scoring/model/history')
  @Roles(...SCORING_CONFIGURATORS, 'auditor')
  @ApiOperation({ summary: 'Who changed the weights, when and why (audit trail)' })
  @ApiResult(AuditEventPageSchema)
  @ApiProblems(422)
  async history(@ValidQuery(HistoryQuerySchema) query: z.output<typeof HistoryQuerySchema>) {
    return this.trail.find({ objectType: SCORING_AUDIT_OBJECT, objectId: SCORING_MODEL_AUDIT_ID, ...query });
  }

  @Get('leads/:id/score')
  @Roles(...SCORE_READERS)
  @ApiOperation({ summary: "An open lead's score (0–100) with its largest contributions in Dutch; it ranks and informs, it decides nothing" })
  @ApiResult(LeadScoreSchema)
  @ApiProblems(400, 404)
  async score(@UuidParam('id') id: string) {
    return leadScoreView(await this.getScore.execute(id));
  }

  @Get('lead-scores')
  @Roles(...SCORE_READERS)
  @ApiOperation({ summary: "The scores of a pipeline's open leads (for the board), highest first; leads still waiting for their first score are left out" })
  @ApiResult(LeadScoreListSchema)
  @ApiProblems(422)
  async list(@ValidQuery(LeadScoreListQuerySchema) query: z.output<typeof LeadScoreListQuerySchema>) {
    return { items: await this.listScores.execute(query.pipelineId) };
  }

  private view(model: ScoringModel, reply: FastifyReply) {
    void reply.header('etag', etag(model.version));
    return scoringModelView(model);
  }
}
