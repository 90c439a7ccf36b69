/** The scoring model is one record in the audit trail, whatever its version. */
export const SCORING_AUDIT_OBJECT = 'lead-scoring-model';
export const SCORING_MODEL_AUDIT_ID = 'lead-scoring-model';
