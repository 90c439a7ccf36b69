import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { UseQueryResult } from '@tanstack/react-query';
import type { HistoryEntry, HistoryPage } from '@gemeente-crm/web-api-client';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { HISTORY_PAGE_SIZE } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { fieldLabel, historyValue } from './historyValue';
import { historyActionLabel } from './labels';

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const changes = Object.entries(entry.changes ?? {});
  const show = (field: string, value: unknown) => historyValue(t, field, value) || <EmptyValue />;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        <Chip size="small" label={historyActionLabel(t, entry.action)} color={entry.action === 'archive' ? 'warning' : 'default'} variant="outlined" />
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {entry.actorName}
        </Typography>
        <Typography component="time" dateTime={entry.occurredAt} color="text.secondary">
          {formatDateTime(entry.occurredAt)}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ mb: changes.length ? 1 : 0 }}>
        <strong>{t('history.why')}:</strong> {entry.reason ?? <em>{t('history.noReason')}</em>}
      </Typography>
      {changes.length ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={`${historyActionLabel(t, entry.action)} ${formatDateTime(entry.occurredAt)}`}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('history.field')}</TableCell>
                <TableCell scope="col">{t('history.oldValue')}</TableCell>
                <TableCell scope="col">{t('history.newValue')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map(([field, change]) => (
                <TableRow key={field}>
                  <TableCell component="th" scope="row">
                    {fieldLabel(t, i18n, field)}
                  </TableCell>
                  <TableCell>{show(field, change.old)}</TableCell>
                  <TableCell>{show(field, change.new)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Paper>
  );
}

/** The audit trail of one record (who, what, when, why), newest first, paged. */
export function HistoryList({ history, page, onPage }: { history: UseQueryResult<HistoryPage>; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = history.data ? Math.max(1, Math.ceil(history.data.total / (history.data.pageSize || HISTORY_PAGE_SIZE))) : 1;
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <Typography>{t('history.empty')}</Typography>;
  return (
    <>
      <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 2 }} aria-busy={history.isFetching} aria-label={t('history.title')}>
        {history.data.items.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </Box>
      {pages > 1 ? (
        <Box component="nav" aria-label={t('history.pagination')} sx={{ mt: 3, display: 'flex', justifyContent: 'center' }}>
          <Pagination
            count={pages}
            page={page}
            onChange={(_event, value) => onPage(value)}
            getItemAriaLabel={(type, item) => (type === 'page' ? t('common.page', { page: item ?? 0 }) : type === 'previous' ? t('common.previousPage') : type === 'next' ? t('common.nextPage') : String(type))}
          />
        </Box>
      ) : null}
    </>
  );
}
