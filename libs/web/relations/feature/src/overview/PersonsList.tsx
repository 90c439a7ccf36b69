import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { type PersonListQuery, type PersonSort, type PersonSummary, useApiClient } from '@gemeente-crm/web-api-client';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { EXPORT_MAX_ROWS, fetchAllPersons, usePersonList } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, type ExportColumn, VisuallyHidden } from '@gemeente-crm/web-ui';
import { personPath } from '../paths';
import { ArchivedChip } from '../shared/StatusChip';
import { ExportMenu } from './ExportMenu';
import { ListPagination } from './ListPagination';
import { SortableHeaderCell } from './SortableHeaderCell';
import { useListParams } from './useListParams';

const SORTS: readonly PersonSort[] = ['name', '-name', 'updatedAt', '-updatedAt', 'relevance'];
const TEXT_FIELDS = ['zoek'] as const;

/** The persons overview: debounced search, archived toggle, sortable columns, paging, export. */
export function PersonsList() {
  const { t } = useTranslation();
  const client = useApiClient();
  const list = useListParams(TEXT_FIELDS);
  const q = list.get('zoek');
  const sortParam = list.get('sorteer') as PersonSort;
  const sort: PersonSort = SORTS.includes(sortParam) ? sortParam : q ? 'relevance' : 'name';
  const query: PersonListQuery = {
    q,
    includeArchived: list.get('archief') === 'ja' ? 'true' : undefined,
    sort,
    page: list.page,
    pageSize: list.pageSize,
  };
  const result = usePersonList(query);
  const filtered = [...list.params.keys()].some((key) => !['sorteer', 'pagina', 'per'].includes(key));

  const columns = useMemo<ExportColumn<PersonSummary>[]>(
    () => [
      { header: t('fields.displayName'), value: (row) => row.displayName, width: 35 },
      { header: t('fields.email'), value: (row) => row.email, width: 35 },
      { header: t('fields.phone'), value: (row) => row.phone, width: 18 },
      { header: t('fields.city'), value: (row) => row.city, width: 20 },
      { header: t('common.archived'), value: (row) => (row.archived ? t('common.yes') : t('common.no')), width: 12 },
      { header: t('fields.updatedAt'), value: (row) => row.updatedAt, type: 'datetime', width: 18 },
    ],
    [t],
  );

  return (
    <>
      <Paper role="search" variant="outlined" sx={{ p: 2, mb: 2, display: 'block' }} aria-label={t('relations.filtersLabel')}>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              id="persons-search"
              type="search"
              label={t('relations.searchLabel')}
              placeholder={t('relations.searchPersonsHint')}
              value={list.text.zoek}
              onChange={(event) => list.setTextField('zoek', event.target.value)}
              slotProps={{ htmlInput: { 'aria-describedby': 'persons-count' } }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <FormControlLabel
              control={<Switch checked={list.get('archief') === 'ja'} onChange={(event) => list.update({ archief: event.target.checked ? 'ja' : null })} />}
              label={t('relations.includeArchived')}
            />
            <Box sx={{ flexGrow: 1 }} />
            {filtered ? <Button onClick={list.clear}>{t('common.clearFilters')}</Button> : null}
            <ExportMenu
              fileBase={t('relations.exportFilePersons')}
              sheetName={t('relations.exportSheetPersons')}
              columns={columns}
              maxRows={EXPORT_MAX_ROWS}
              disabled={!result.data?.total}
              fetchRows={(onProgress) => fetchAllPersons(client, { ...query, page: undefined, pageSize: undefined }, onProgress)}
            />
          </Grid>
        </Grid>
      </Paper>

      <VisuallyHidden live id="persons-count">
        {result.data ? t('relations.personsAnnouncement', { count: result.data.total }) : ''}
      </VisuallyHidden>

      {result.isError && !result.data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Paper variant="outlined">
          <Box sx={{ height: 4 }}>{result.isFetching ? <LinearProgress aria-hidden="true" /> : null}</Box>
          {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
          <TableContainer>
            <Table aria-label={t('relations.personsTable')} aria-busy={result.isFetching} size="small">
              <TableHead>
                <TableRow>
                  <SortableHeaderCell label={t('fields.displayName')} field="name" sort={sort} onSort={(value) => list.update({ sorteer: value })} />
                  <TableCell scope="col">{t('fields.email')}</TableCell>
                  <TableCell scope="col">{t('fields.phone')}</TableCell>
                  <TableCell scope="col">{t('fields.city')}</TableCell>
                  <SortableHeaderCell label={t('fields.updatedAt')} field="updatedAt" sort={sort} onSort={(value) => list.update({ sorteer: value })} />
                </TableRow>
              </TableHead>
              <TableBody>
                {result.data?.items.map((row) => (
                  <TableRow key={row.id} hover>
                    <TableCell component="th" scope="row">
                      <Link href={personPath(row.id)} sx={{ fontWeight: 600 }}>
                        {row.displayName}
                      </Link>
                      {row.archived ? (
                        <Box component="span" sx={{ ml: 1 }}>
                          <ArchivedChip />
                        </Box>
                      ) : null}
                    </TableCell>
                    <TableCell>{row.email ?? <EmptyValue />}</TableCell>
                    <TableCell>{row.phone ?? <EmptyValue />}</TableCell>
                    <TableCell>{row.city ?? <EmptyValue />}</TableCell>
                    <TableCell>
                      <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>
                    </TableCell>
                  </TableRow>
                ))}
                {result.data && result.data.items.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={5}>
                      <Typography sx={{ py: 3, textAlign: 'center' }}>
                        {t('common.noResults')} {filtered ? t('common.noResultsHint') : null}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
                {!result.data && result.isPending ? (
                  <TableRow>
                    <TableCell colSpan={5}>
                      <Typography sx={{ py: 3, textAlign: 'center' }} role="status">
                        {t('common.loading')}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          </TableContainer>
          <ListPagination
            total={result.data?.total ?? 0}
            totalIsExact={result.data?.totalIsExact}
            rowsOnPage={result.data?.items.length ?? 0}
            page={list.page}
            pageSize={list.pageSize}
            onPage={(page) => list.update({ pagina: page }, { resetPage: false })}
            onPageSize={(size) => list.update({ per: size })}
          />
        </Paper>
      )}
    </>
  );
}

export default PersonsList;
