import { LeadScoreEntity } from './lead-score.entity.js';
import { LeadScoringModelEntity } from './lead-scoring-model.entity.js';

export const LEAD_SCORING_ENTITIES = [LeadScoringModelEntity, LeadScoreEntity];
