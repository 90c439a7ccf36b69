import Chip from '@mui/material/Chip';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { statusLabel } from './labels';

const COLOURS = { actief: 'success', prospect: 'info', inactief: 'default' } as const;

export function StatusChip({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={COLOURS[status as keyof typeof COLOURS] ?? 'default'} label={statusLabel(t, status)} />;
}

export function ArchivedChip() {
  const { t } = useTranslation();
  return <Chip size="small" color="warning" variant="outlined" label={t('common.archived')} />;
}
