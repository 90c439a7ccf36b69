import { useState } from 'react';
import { fieldErrorMessages, isApiError } from '@gemeente-crm/web-api-client';
import { type Lead, type MoveFields, type PipelineStage, type RequirableLeadField, useMoveLead } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';
import RequirementsDialog from '../dialogs/RequirementsDialog';

interface PendingMove {
  lead: Lead;
  stage: PipelineStage;
  fields: RequirableLeadField[];
  errors: Record<string, string>;
}

/**
 * Moves a lead to a stage; when the stage requires fields the lead lacks (422
 * `stage-requirements-unmet`), asks for exactly those fields and retries the move with them.
 * Returns `move` and the dialog to render.
 */
export function useStageMove() {
  const { t } = useTranslation();
  const notify = useNotify();
  const mutation = useMoveLead();
  const [pending, setPending] = useState<PendingMove | null>(null);

  const attempt = (lead: Lead, stage: PipelineStage, fields?: MoveFields) => {
    mutation.mutate(
      { id: lead.id, version: lead.version, stageId: stage.id, ...(fields ? { fields } : {}) },
      {
        onSuccess: () => {
          setPending(null);
          notify(t('leads.moved', { title: lead.title, stage: stage.name }));
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'stage-requirements-unmet') {
            setPending({ lead, stage, fields: error.fieldErrors.map((fieldError) => fieldError.field as RequirableLeadField), errors: {} });
          } else if (isApiError(error) && error.kind === 'validation' && fields) {
            setPending((current) => (current ? { ...current, errors: fieldErrorMessages(error) } : current));
          } else {
            notify(errorMessage(t, error), 'error');
          }
        },
      },
    );
  };

  const dialog = pending ? (
    <RequirementsDialog
      open
      leadTitle={pending.lead.title}
      stageName={pending.stage.name}
      fields={pending.fields}
      errors={pending.errors}
      busy={mutation.isPending}
      onSubmit={(fields) => attempt(pending.lead, pending.stage, fields)}
      onClose={() => setPending(null)}
    />
  ) : null;

  return { move: (lead: Lead, stage: PipelineStage) => attempt(lead, stage), dialog, moving: mutation.isPending };
}
