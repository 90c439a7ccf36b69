import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import {
  type Import,
  type ImportRow,
  type ImportRowAction,
  useDownloadRowsCsv,
  useImportRows,
  useStartImport,
} from '@gemeente-crm/web-imports-data-access';
import { ErrorState, errorMessage } from '@gemeente-crm/web-ui';

const ACTIONS: readonly ImportRowAction[] = ['create', 'update', 'skip', 'error'];
const CHIP_COLOURS = { create: 'success', update: 'info', skip: 'default', error: 'error' } as const;

/** Step 3: what the import would do, with counts, a filter per action and the rows as CSV. */
export function DryRunStep({ relationImport, onBack }: { relationImport: Import; onBack: () => void }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<ImportRowAction | ''>('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const rows = useImportRows(relationImport.id, { action: action || undefined, page, pageSize });
  const start = useStartImport(relationImport.id);
  const download = useDownloadRowsCsv(relationImport.id);
  const summary = relationImport.dryRun;

  return (
    <Box component="section" aria-labelledby="import-dry-run-heading">
      <Typography id="import-dry-run-heading" component="h2" variant="h6" gutterBottom>
        {t('imports.dryRun.heading')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('imports.dryRun.help')}</Typography>
      {summary ? (
        <Typography sx={{ mb: 2, fontWeight: 600 }} role="status">
          {t('imports.dryRun.summary', {
            total: formatNumber(summary.total),
            create: formatNumber(summary.create),
            update: formatNumber(summary.update),
            skip: formatNumber(summary.skip),
            error: formatNumber(summary.error),
          })}
        </Typography>
      ) : null}

      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField
          id="import-row-filter"
          select
          size="small"
          label={t('imports.dryRun.filter')}
          value={action}
          onChange={(event) => {
            setAction(event.target.value as ImportRowAction | '');
            setPage(1);
          }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">{t('imports.dryRun.all')}</option>
          {ACTIONS.map((value) => (
            <option key={value} value={value}>
              {t(`imports.actions.${value}`)}
            </option>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => download.mutate(`proefimport-${relationImport.fileName.replace(/\.[^.]+$/, '')}.csv`)} disabled={download.isPending}>
          {t('imports.dryRun.download')}
        </Button>
      </Box>

      {rows.isError ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('imports.dryRun.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t('imports.dryRun.row')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('imports.dryRun.action')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('imports.dryRun.organisation')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('imports.dryRun.person')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('imports.dryRun.details')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(rows.data?.items ?? []).map((row) => (
                <TableRow key={row.rowNumber}>
                  <TableCell>{row.rowNumber}</TableCell>
                  <TableCell>
                    <Chip size="small" label={t(`imports.actions.${row.action}`)} color={CHIP_COLOURS[row.action]} variant={row.action === 'skip' ? 'outlined' : 'filled'} />
                  </TableCell>
                  <TableCell>
                    <RecordCell record={row.organisation} />
                  </TableCell>
                  <TableCell>
                    <RecordCell record={row.person} />
                  </TableCell>
                  <TableCell>
                    <RowDetails row={row} />
                  </TableCell>
                </TableRow>
              ))}
              {rows.data && rows.data.items.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={5}>{t('imports.dryRun.noRows')}</TableCell>
                </TableRow>
              ) : null}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={rows.data?.total ?? 0}
            page={page - 1}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[25, 50, 100]}
            onPageChange={(_event, next) => setPage(next + 1)}
            onRowsPerPageChange={(event) => {
              setPageSize(Number(event.target.value));
              setPage(1);
            }}
            labelRowsPerPage={t('common.rowsPerPage')}
            labelDisplayedRows={({ from, to, count }) => t('common.displayedRows', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })}
          />
        </TableContainer>
      )}

      {start.isError ? (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {errorMessage(t, start.error)}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', gap: 2, mt: 3 }}>
        <Button variant="outlined" onClick={onBack}>
          {t('imports.dryRun.back')}
        </Button>
        <Button variant="contained" onClick={() => start.mutate()} disabled={start.isPending}>
          {t('imports.dryRun.start')}
        </Button>
      </Box>
    </Box>
  );
}

function RecordCell({ record }: { record: ImportRow['organisation'] }) {
  const { t } = useTranslation();
  if (!record) return null;
  return (
    <>
      {record.name}{' '}
      <Typography component="span" variant="body2" color="text.secondary">
        ({t(`imports.recordActions.${record.action}`)}
        {record.sameAsRow ? `, ${t('imports.dryRun.sameAsRow', { row: record.sameAsRow })}` : ''})
      </Typography>
    </>
  );
}

function RowDetails({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  if (row.skipReason) lines.push(t(`imports.skipReasons.${row.skipReason}`, { row: row.duplicateOfRow ?? '' }));
  const changed = [...(row.organisation?.changedFields ?? []), ...(row.person?.changedFields ?? [])];
  if (changed.length) lines.push(t('imports.dryRun.changes', { fields: changed.join(', ') }));
  if (row.link === 'create') lines.push(t('imports.dryRun.becomesContact'));
  if (row.link === 'exists') lines.push(t('imports.dryRun.alreadyContact'));
  for (const error of row.errors) lines.push(error.column ? `${error.column}: ${error.message}` : error.message);
  for (const duplicate of row.possibleDuplicates) {
    lines.push(t('imports.dryRun.duplicates', { name: duplicate.name, score: Math.round(duplicate.score * 100), explanation: duplicate.explanation }));
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {lines.map((line, index) => (
        // Two candidates may carry the same name: the position keeps the keys apart.
        <li key={index}>{line}</li>
      ))}
    </Box>
  );
}
