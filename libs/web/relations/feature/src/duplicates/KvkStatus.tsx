import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import type { Organisation } from '@gemeente-crm/web-api-client';
import { formatDate, useTranslation } from '@gemeente-crm/web-i18n';

/** Warning chip in the header when the KvK check found the organisation deregistered or unknown. */
export function KvkStatusChip({ status }: { status: Organisation['kvkStatus'] }) {
  const { t } = useTranslation();
  if (status !== 'uitgeschreven' && status !== 'onbekend') return null;
  return <Chip size="small" color="warning" label={t(`kvkCheck.${status}`)} />;
}

/** The explanation under the header; staff decide whether to archive, the check never does. */
export function KvkWarning({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  if (organisation.archivedAt || (organisation.kvkStatus !== 'uitgeschreven' && organisation.kvkStatus !== 'onbekend')) return null;
  return (
    <Alert severity="warning" sx={{ mb: 3 }}>
      {t('kvkCheck.warning', { date: formatDate(organisation.kvkCheckedAt) })}
    </Alert>
  );
}
