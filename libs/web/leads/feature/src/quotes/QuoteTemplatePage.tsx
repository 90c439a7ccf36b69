import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import { isApiError } from '@gemeente-crm/web-api-client';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, ErrorSummary, errorMessage, LoadingState, PageHeader, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { useDownloadQuoteTemplate, useQuoteTemplate, useReplaceQuoteTemplate } from './quote-api';

/** Functional administrators upload their own Word template for quotes, or go back to the default. */
export default function QuoteTemplatePage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const template = useQuoteTemplate();
  const replace = useReplaceQuoteTemplate();
  const download = useDownloadQuoteTemplate();
  const fileInputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [resetOpen, setResetOpen] = useState(false);

  if (template.isPending) return <LoadingState />;
  if (template.isError) return <ErrorState error={template.error} onRetry={() => void template.refetch()} />;
  const current = template.data;

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!file) return;
    try {
      await replace.mutateAsync({ file });
      setFile(null);
      notify(t('quoteTemplate.uploaded'));
    } catch (error) {
      setFailure(error);
      setAttempt((n) => n + 1);
    }
  };

  const problems = failure
    ? isApiError(failure) && failure.fieldErrors.length > 0
      ? failure.fieldErrors.map((error) => ({ fieldId: fileInputId, message: error.message }))
      : [{ message: errorMessage(t, failure) }]
    : [];

  return (
    <Box>
      <PageHeader title={t('quoteTemplate.title')} />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('quoteTemplate.intro')}</Typography>
      {problems.length > 0 && <ErrorSummary items={problems} focusKey={attempt} />}
      <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
        <Typography variant="h6" component="h2">
          {t('quoteTemplate.current')}
        </Typography>
        <Typography sx={{ mb: 1 }} data-testid="quote-template-current">
          {current.isDefault
            ? t('quoteTemplate.default')
            : t('quoteTemplate.custom', { fileName: current.fileName, version: current.version, date: formatDateTime(current.uploadedAt) })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="outlined" onClick={() => void download(current.fileName).catch((error: unknown) => notify(errorMessage(t, error), 'error'))}>
            {t('quoteTemplate.download')}
          </Button>
          {!current.isDefault && (
            <Button variant="outlined" color="warning" onClick={() => setResetOpen(true)}>
              {t('quoteTemplate.reset')}
            </Button>
          )}
        </Stack>
      </Paper>

      <Box component="form" noValidate onSubmit={upload} sx={{ mb: 3 }}>
        <Typography component="label" htmlFor={fileInputId} sx={{ display: 'block', fontWeight: 600, mb: 1 }}>
          {t('quoteTemplate.file')}
        </Typography>
        <input
          id={fileInputId}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={problems.length > 0}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Box sx={{ mt: 1 }}>
          <Button type="submit" variant="contained" disabled={!file || replace.isPending}>
            {t('quoteTemplate.upload')}
          </Button>
        </Box>
      </Box>

      <Typography variant="h6" component="h2">
        {t('quoteTemplate.fields')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('quoteTemplate.fieldsHelp')}</Typography>
      <Box component="ul" sx={{ columns: { sm: 2, md: 3 }, pl: 3, mt: 0 }}>
        {current.tags.map((tag) => (
          <li key={tag}>
            <code>{`{${tag}}`}</code>
          </li>
        ))}
      </Box>

      <ReasonDialog
        open={resetOpen}
        title={t('quoteTemplate.resetTitle')}
        description={t('quoteTemplate.resetDescription')}
        confirmLabel={t('quoteTemplate.resetTitle')}
        onClose={() => setResetOpen(false)}
        onConfirm={async (reason) => {
          await replace.mutateAsync({ reset: true, reason });
          setResetOpen(false);
          notify(t('quoteTemplate.resetDone'));
        }}
      />
    </Box>
  );
}
