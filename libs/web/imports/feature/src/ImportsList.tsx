import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDateTime, formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { useImports } from '@gemeente-crm/web-imports-data-access';
import { ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { importPath } from './paths';

/** Earlier imports with their status and counts; each opens at the step it reached. */
export function ImportsList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const imports = useImports(page);
  return (
    <section aria-labelledby="imports-list-heading">
      <Typography id="imports-list-heading" component="h2" variant="h6" sx={{ mt: 4, mb: 1 }}>
        {t('imports.list.heading')}
      </Typography>
      {imports.isPending ? (
        <LoadingState />
      ) : imports.isError ? (
        <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />
      ) : imports.data.items.length === 0 ? (
        <Typography>{t('imports.list.empty')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('imports.list.tableLabel')}>
            <TableHead>
              <TableRow>
                {(['file', 'date', 'by', 'status', 'results'] as const).map((column) => (
                  <TableCell key={column} component="th" scope="col">
                    {t(`imports.list.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {imports.data.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell>
                    <Link component={RouterLink} to={importPath(item.id)}>
                      {item.fileName}
                    </Link>
                  </TableCell>
                  <TableCell>{formatDateTime(item.createdAt)}</TableCell>
                  <TableCell>{item.createdBy.name}</TableCell>
                  <TableCell>{t(`imports.status.${item.status}`)}</TableCell>
                  <TableCell>
                    {item.status === 'running' || item.status === 'done'
                      ? t('imports.list.resultsValue', {
                          created: formatNumber(item.progress.created),
                          updated: formatNumber(item.progress.updated),
                          skipped: formatNumber(item.progress.skipped),
                          failed: formatNumber(item.progress.failed),
                        })
                      : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={imports.data.total}
            page={page - 1}
            rowsPerPage={10}
            rowsPerPageOptions={[10]}
            onPageChange={(_event, next) => setPage(next + 1)}
            labelDisplayedRows={({ from, to, count }) => t('common.displayedRows', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })}
          />
        </TableContainer>
      )}
    </section>
  );
}
