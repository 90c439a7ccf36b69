import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from '@gemeente-crm/web-i18n';

/** A spinner that screen readers announce as "Bezig met laden…". */
export function LoadingState({ label, minHeight = 160 }: { label?: string; minHeight?: number | string }) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, minHeight }}>
      <CircularProgress size={28} aria-hidden="true" />
      <span>{text}</span>
    </Box>
  );
}
