import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { type Import, useStartImport } from '@gemeente-crm/web-imports-data-access';
import { DefinitionList } from '@gemeente-crm/web-ui';
import { IMPORTS_PATH } from './paths';

/** Step 4: progress of the background run (polled), and its counts once done. */
export function RunStep({ relationImport }: { relationImport: Import }) {
  const { t } = useTranslation();
  const resume = useStartImport(relationImport.id);
  const { progress } = relationImport;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const done = relationImport.status === 'done';
  return (
    <Box component="section" aria-labelledby="import-run-heading">
      <Typography id="import-run-heading" component="h2" variant="h6" gutterBottom>
        {t('imports.run.heading')}
      </Typography>
      <Alert severity={done ? 'success' : 'info'} sx={{ mb: 2 }}>
        {done ? t('imports.run.done') : t('imports.run.running')}
      </Alert>
      <Typography id="import-progress-text" role="status" sx={{ mb: 1 }}>
        {t('imports.run.progress', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
      </Typography>
      <LinearProgress variant="determinate" value={percent} aria-label={t('imports.run.progressLabel')} aria-describedby="import-progress-text" sx={{ height: 10, borderRadius: 1, mb: 2 }} />
      <DefinitionList
        items={[
          { label: t('imports.run.created'), value: formatNumber(progress.created) },
          { label: t('imports.run.updated'), value: formatNumber(progress.updated) },
          { label: t('imports.run.skipped'), value: formatNumber(progress.skipped) },
          { label: t('imports.run.failed'), value: formatNumber(progress.failed) },
        ]}
      />
      <Box sx={{ display: 'flex', gap: 2, mt: 3 }}>
        {!done ? (
          <Button variant="outlined" onClick={() => resume.mutate()} disabled={resume.isPending}>
            {t('imports.run.resume')}
          </Button>
        ) : null}
        <Button component={RouterLink} to={IMPORTS_PATH} variant="contained">
          {t('imports.run.another')}
        </Button>
      </Box>
    </Box>
  );
}
