import { LeadOptionEntity } from './lead-option.entity.js';
import { LeadStageChangeEntity } from './lead-stage-change.entity.js';
import { LeadEntity } from './lead.entity.js';
import { PipelineStageEntity } from './pipeline-stage.entity.js';
import { PipelineEntity } from './pipeline.entity.js';

export const LEADS_ENTITIES = [PipelineEntity, PipelineStageEntity, LeadOptionEntity, LeadEntity, LeadStageChangeEntity];
