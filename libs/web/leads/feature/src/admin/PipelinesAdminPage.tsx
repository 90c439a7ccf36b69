import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { usePipelines } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, LoadingState, PageHeader } from '@gemeente-crm/web-ui';
import { LeadOptionsEditor } from './LeadOptionsEditor';
import { PipelineEditor } from './PipelineEditor';

const NEW = 'nieuw';

/** Beheer: pipelines with their stages, and the source and lost-reason lists (functioneel beheerder). */
export default function PipelinesAdminPage() {
  const { t } = useTranslation();
  const pipelines = usePipelines();
  const [selected, setSelected] = useState<string | null>(null);
  if (pipelines.isLoading) return <LoadingState />;
  if (pipelines.isError) return <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  const items = pipelines.data?.items ?? [];
  const current = selected ?? items[0]?.id ?? NEW;
  const pipeline = items.find((candidate) => candidate.id === current) ?? null;

  return (
    <>
      <PageHeader
        title={t('leads.admin.title')}
        actions={
          <Button variant="outlined" onClick={() => setSelected(NEW)}>
            {t('leads.admin.newPipeline')}
          </Button>
        }
      />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="pipeline-editor-title">
            <Typography id="pipeline-editor-title" variant="h6" component="h2" sx={{ mb: 2 }}>
              {pipeline ? pipeline.name : t('leads.admin.newPipeline')}
            </Typography>
            {items.length ? (
              <TextField id="admin-pipeline" select label={t('leads.pipeline')} value={current} onChange={(event) => setSelected(event.target.value)} sx={{ mb: 2, minWidth: 320 }}>
                {items.map((candidate) => (
                  <MenuItem key={candidate.id} value={candidate.id}>
                    {candidate.name} ({candidate.department})
                  </MenuItem>
                ))}
                <MenuItem value={NEW}>{t('leads.admin.newPipeline')}</MenuItem>
              </TextField>
            ) : null}
            <PipelineEditor key={`${current}:${pipeline?.version ?? 0}`} pipeline={pipeline} onSaved={(saved) => setSelected(saved.id)} />
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Paper variant="outlined" sx={{ p: 2, mb: 3 }} component="section" aria-labelledby="sources-title">
            <Typography id="sources-title" variant="h6" component="h2">
              {t('leads.admin.sources')}
            </Typography>
            <LeadOptionsEditor kind="sources" title={t('leads.admin.sources')} />
          </Paper>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="lost-reasons-title">
            <Typography id="lost-reasons-title" variant="h6" component="h2">
              {t('leads.admin.lostReasons')}
            </Typography>
            <LeadOptionsEditor kind="lost-reasons" title={t('leads.admin.lostReasons')} />
          </Paper>
        </Grid>
      </Grid>
    </>
  );
}
