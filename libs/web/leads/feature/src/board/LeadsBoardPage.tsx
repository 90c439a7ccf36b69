import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { type Lead, useLeadBoard, usePipelines } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, LoadingState, PageHeader } from '@gemeente-crm/web-ui';
import NewLeadDialog from '../dialogs/NewLeadDialog';
import { LoseDialog, WinDialog } from '../dialogs/OutcomeDialogs';
import { LEADS_LIST_PATH } from '../paths';
import { LeadBoard } from './LeadBoard';
import { useStageMove } from './useStageMove';

/** "Leads": the board of one pipeline (picked in the URL), with drag and drop and keyboard moves. */
export default function LeadsBoardPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canWrite = can('leads:write');
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const pipelineId = params.get('pijplijn') ?? pipelines.data?.items[0]?.id ?? null;
  const board = useLeadBoard(pipelineId);
  const { move, dialog } = useStageMove();
  const [winning, setWinning] = useState<Lead | null>(null);
  const [losing, setLosing] = useState<Lead | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('leads.title')}
        actions={
          <>
            <Button variant="outlined" href={pipelineId ? `${LEADS_LIST_PATH}?pijplijn=${encodeURIComponent(pipelineId)}` : LEADS_LIST_PATH} sx={{ mr: 1 }}>
              {t('leads.list.toList')}
            </Button>
            {canWrite && pipelineId ? (
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
                {t('leads.newLead')}
              </Button>
            ) : null}
          </>
        }
      />
      {pipelines.isError ? <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} /> : null}
      {pipelines.data && !pipelines.data.items.length ? <Typography>{t('leads.noPipelines')}</Typography> : null}
      {pipelines.data?.items.length ? (
        <TextField
          id="pipeline-picker"
          select
          label={t('leads.pipeline')}
          value={pipelineId ?? ''}
          onChange={(event) => setParams({ pijplijn: event.target.value })}
          sx={{ mb: 2, minWidth: 320 }}
        >
          {pipelines.data.items.map((pipeline) => (
            <MenuItem key={pipeline.id} value={pipeline.id}>
              {pipeline.name} ({pipeline.department})
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {canWrite ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('leads.dragHint')}
        </Typography>
      ) : null}
      {board.isLoading ? <LoadingState /> : null}
      {board.isError ? <ErrorState error={board.error} onRetry={() => void board.refetch()} /> : null}
      {board.data ? <LeadBoard board={board.data} canWrite={canWrite} onMove={move} onWin={setWinning} onLose={setLosing} /> : null}
      {dialog}
      {winning ? <WinDialog lead={winning} open onClose={() => setWinning(null)} /> : null}
      {losing ? <LoseDialog lead={losing} open onClose={() => setLosing(null)} /> : null}
      {creating && pipelineId ? <NewLeadDialog pipelineId={pipelineId} open onClose={() => setCreating(false)} /> : null}
    </>
  );
}
