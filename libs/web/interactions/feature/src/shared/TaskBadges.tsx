import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import TodayIcon from '@mui/icons-material/Today';
import type { Task } from '@gemeente-crm/web-api-client';
import { formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { EmptyValue } from '@gemeente-crm/web-ui';
import { taskStatusLabel } from './labels';

const STATUS_COLOURS = { open: 'info', bezig: 'primary', afgerond: 'success', vervallen: 'default' } as const;

export function TaskStatusChip({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={STATUS_COLOURS[status as keyof typeof STATUS_COLOURS] ?? 'default'} label={taskStatusLabel(t, status)} />;
}

/**
 * A task's due date. Overdue and due-today are said in words with an icon, not by colour alone
 * (WCAG 1.4.1): "Over tijd" in bold next to the date.
 */
export function DueDate({ task }: { task: Pick<Task, 'dueDate' | 'overdue' | 'dueToday'> }) {
  const { t } = useTranslation();
  if (!task.dueDate) return <EmptyValue />;
  const date = <time dateTime={task.dueDate}>{formatDate(`${task.dueDate}T12:00:00Z`)}</time>;
  if (task.overdue) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'error.main', fontWeight: 600, flexWrap: 'wrap' }}>
        <WarningAmberIcon fontSize="small" aria-hidden="true" />
        <span>{t('task.overdue')}:</span> {date}
      </Box>
    );
  }
  if (task.dueToday) {
    return (
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontWeight: 600, flexWrap: 'wrap' }}>
        <TodayIcon fontSize="small" aria-hidden="true" />
        <span>{t('task.dueToday')}:</span> {date}
      </Box>
    );
  }
  return date;
}
