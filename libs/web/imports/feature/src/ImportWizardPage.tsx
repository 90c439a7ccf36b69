import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { type Import, useImport } from '@gemeente-crm/web-imports-data-access';
import { ErrorState, LoadingState, PageHeader } from '@gemeente-crm/web-ui';
import { DryRunStep } from './DryRunStep';
import { FileStep } from './FileStep';
import { ImportsList } from './ImportsList';
import { ImportStepper } from './ImportStepper';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { IMPORTS_PATH } from './paths';

/**
 * `/importeren` (choose a file, earlier imports) and `/importeren/:id` (the import at the step
 * its status says: mapping, dry-run results or progress). The state lives in the API, so the
 * user can leave during a run and come back to the same screen.
 */
export function ImportWizardPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  if (id) return <ExistingImport id={id} />;
  return (
    <>
      <PageHeader title={t('imports.title')} />
      {
        <>
          <Typography sx={{ mb: 2 }}>{t('imports.intro')}</Typography>
          <ImportStepper active={0} />
          <Paper variant="outlined" sx={{ p: 3 }}>
            <FileStep />
          </Paper>
          <ImportsList />
        </>
      }
    </>
  );
}

function ExistingImport({ id }: { id: string }) {
  const { t } = useTranslation();
  const relationImport = useImport(id);
  const fileName = relationImport.data?.fileName;
  return (
    <>
      <PageHeader title={t('imports.title')} breadcrumbs={[{ label: t('imports.title'), to: IMPORTS_PATH }, { label: fileName ?? '…' }]} />
      {relationImport.isPending ? (
        <LoadingState />
      ) : relationImport.isError ? (
        <ErrorState error={relationImport.error} onRetry={() => void relationImport.refetch()} />
      ) : (
        <ImportSteps relationImport={relationImport.data} />
      )}
    </>
  );
}

function ImportSteps({ relationImport }: { relationImport: Import }) {
  // "Koppeling aanpassen" goes back to step 2 for this dry run; a new dry run moves on again.
  const [editedRun, setEditedRun] = useState<string | null>(null);
  const { status } = relationImport;
  const checkedAt = relationImport.dryRun?.checkedAt ?? null;
  const step = status === 'running' || status === 'done' ? 3 : status === 'checked' && editedRun !== checkedAt ? 2 : 1;
  return (
    <>
      <ImportStepper active={step} />
      <Box component={Paper} variant="outlined" sx={{ p: 3 }}>
        {step === 1 ? (
          // Keyed by the last change, so a dry run or preset resets the form to the stored mapping.
          <MappingStep key={relationImport.updatedAt} relationImport={relationImport} />
        ) : step === 2 ? (
          <DryRunStep relationImport={relationImport} onBack={() => setEditedRun(checkedAt)} />
        ) : (
          <RunStep relationImport={relationImport} />
        )}
      </Box>
    </>
  );
}

export default ImportWizardPage;
