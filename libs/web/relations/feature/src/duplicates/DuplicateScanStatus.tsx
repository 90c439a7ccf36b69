import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDateTime, formatNumber, formatTime, useTranslation } from '@gemeente-crm/web-i18n';
import { type DuplicateScanRun, isScanActive } from './duplicatesApi';

/**
 * When the list was last computed, or that a scan is going on. A live region, so a screen
 * reader hears the scan start and finish without leaving the list.
 */
export function DuplicateScanStatus({ run, loading }: { run: DuplicateScanRun | null | undefined; loading: boolean }) {
  const { t } = useTranslation();
  let content: ReactNode = null;
  if (isScanActive(run)) {
    content = (
      <>
        <Typography>{t('duplicates.scanRunning', { time: formatTime(run!.startedAt ?? run!.requestedAt) })}</Typography>
        <LinearProgress aria-label={t('duplicates.scanProgress')} sx={{ mt: 1, maxWidth: 480 }} />
      </>
    );
  } else if (run?.status === 'failed') {
    content = (
      // The technical cause is in the run (and the log) for the administrator; staff get what to do.
      <Alert severity="error">{t('duplicates.scanFailed', { at: formatDateTime(run.finishedAt ?? run.requestedAt) })}</Alert>
    );
  } else if (run) {
    content = (
      <Typography color="text.secondary">
        {t('duplicates.lastScan', {
          at: formatDateTime(run.finishedAt),
          organisations: formatNumber(run.results.organisation?.scanned ?? 0),
          persons: formatNumber(run.results.person?.scanned ?? 0),
        })}
      </Typography>
    );
  } else if (!loading) {
    content = <Typography color="text.secondary">{t('duplicates.neverScanned')}</Typography>;
  }
  return (
    <Box role="status" aria-live="polite" aria-label={t('duplicates.scanStatusLabel')} sx={{ mb: 2 }}>
      {content}
    </Box>
  );
}
