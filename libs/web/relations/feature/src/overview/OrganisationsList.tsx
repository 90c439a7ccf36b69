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
import { type OrganisationListQuery, type OrganisationSort, type OrganisationStatus, type OrganisationSummary, useApiClient } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { EXPORT_MAX_ROWS, fetchAllOrganisations, useOrganisationList, useOwners, useRelationTypes } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, type ExportColumn, VisuallyHidden } from '@gemeente-crm/web-ui';
import { KvkStatusChip } from '../duplicates/KvkStatus';
import { organisationPath } from '../paths';
import { relationTypeLabel, statusLabel } from '../shared/labels';
import { ArchivedChip, StatusChip } from '../shared/StatusChip';
import { ExportMenu } from './ExportMenu';
import { SortableHeaderCell } from './SortableHeaderCell';
import { ListPagination } from './ListPagination';
import { useListParams } from './useListParams';

const SORTS: readonly OrganisationSort[] = ['name', '-name', 'city', '-city', 'updatedAt', '-updatedAt', 'relevance'];
const STATUSES: readonly OrganisationStatus[] = ['prospect', 'actief', 'inactief'];
const TEXT_FIELDS = ['zoek', 'plaats', 'tag'] as const;

/** The organisations overview: debounced search, filters, sortable columns, paging, export. */
export function OrganisationsList() {
  const { t } = useTranslation();
  const client = useApiClient();
  const { me } = useSession();
  const list = useListParams(TEXT_FIELDS);
  const relationTypes = useRelationTypes();
  const owners = useOwners();

  const q = list.get('zoek');
  const sortParam = list.get('sorteer') as OrganisationSort;
  const sort: OrganisationSort = SORTS.includes(sortParam) ? sortParam : q ? 'relevance' : 'name';
  const statusParam = list.get('status') as OrganisationStatus;
  const query: OrganisationListQuery = {
    q,
    relationType: list.get('type'),
    tag: list.get('tag'),
    ownerId: list.get('eigenaar'),
    status: STATUSES.includes(statusParam) ? statusParam : undefined,
    city: list.get('plaats'),
    kvkWarning: list.get('kvk') === 'waarschuwing' ? 'true' : undefined,
    includeArchived: list.get('archief') === 'ja' ? 'true' : undefined,
    sort,
    page: list.page,
    pageSize: list.pageSize,
  };
  const result = useOrganisationList(query);
  const filtered = [...list.params.keys()].some((key) => !['sorteer', 'pagina', 'per'].includes(key));

  const columns = useMemo<ExportColumn<OrganisationSummary>[]>(
    () => [
      { header: t('fields.name'), value: (row) => row.name, width: 40 },
      { header: t('fields.kvkNumber'), value: (row) => row.kvkNumber, width: 12 },
      { header: t('fields.city'), value: (row) => row.city, width: 20 },
      { header: t('fields.status'), value: (row) => statusLabel(t, row.status), width: 12 },
      { header: t('fields.relationTypes'), value: (row) => row.relationTypes.map((code) => relationTypeLabel(code, relationTypes.data)).join(', '), width: 30 },
      { header: t('fields.tags'), value: (row) => row.tags.join(', '), width: 30 },
      { header: t('fields.ownerName'), value: (row) => row.ownerName, width: 25 },
      { header: t('common.archived'), value: (row) => (row.archived ? t('common.yes') : t('common.no')), width: 12 },
      { header: t('fields.updatedAt'), value: (row) => row.updatedAt, type: 'datetime', width: 18 },
    ],
    [t, relationTypes.data],
  );

  const ownerOptions = [
    { value: '', label: t('relations.anyOption') },
    ...(me ? [{ value: me.id, label: t('relations.myRelations') }] : []),
    ...(owners.data ?? []).filter((owner) => owner.id !== me?.id).map((owner) => ({ value: owner.id, label: owner.displayName })),
  ];

  return (
    <>
      <Paper role="search" variant="outlined" sx={{ p: 2, mb: 2, display: 'block' }} aria-label={t('relations.filtersLabel')}>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextField
              id="organisations-search"
              type="search"
              label={t('relations.searchLabel')}
              placeholder={t('relations.searchOrganisationsHint')}
              value={list.text.zoek}
              onChange={(event) => list.setTextField('zoek', event.target.value)}
              slotProps={{ htmlInput: { 'aria-describedby': 'organisations-count' } }}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField id="organisations-city" label={t('fields.city')} value={list.text.plaats} onChange={(event) => list.setTextField('plaats', event.target.value)} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField id="organisations-tag" label={t('fields.tags')} value={list.text.tag} onChange={(event) => list.setTextField('tag', event.target.value)} />
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              id="organisations-type"
              select
              label={t('fields.relationTypes')}
              value={list.get('type')}
              onChange={(event) => list.update({ type: event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('relations.anyOption')}</option>
              {(relationTypes.data ?? []).map((type) => (
                <option key={type.code} value={type.code}>
                  {type.label}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              id="organisations-owner"
              select
              label={t('fields.ownerName')}
              value={list.get('eigenaar')}
              onChange={(event) => list.update({ eigenaar: event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              {ownerOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              id="organisations-status"
              select
              label={t('fields.status')}
              value={list.get('status')}
              onChange={(event) => list.update({ status: event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('relations.anyOption')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(t, status)}
                </option>
              ))}
            </TextField>
          </Grid>
          <Grid size={12} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <FormControlLabel
              control={<Switch checked={list.get('archief') === 'ja'} onChange={(event) => list.update({ archief: event.target.checked ? 'ja' : null })} />}
              label={t('relations.includeArchived')}
            />
            <FormControlLabel
              control={<Switch checked={list.get('kvk') === 'waarschuwing'} onChange={(event) => list.update({ kvk: event.target.checked ? 'waarschuwing' : null })} />}
              label={t('kvkCheck.filter')}
            />
            <Box sx={{ flexGrow: 1 }} />
            {filtered ? <Button onClick={list.clear}>{t('common.clearFilters')}</Button> : null}
            <ExportMenu
              fileBase={t('relations.exportFileOrganisations')}
              sheetName={t('relations.exportSheetOrganisations')}
              columns={columns}
              maxRows={EXPORT_MAX_ROWS}
              disabled={!result.data?.total}
              fetchRows={(onProgress) => fetchAllOrganisations(client, { ...query, page: undefined, pageSize: undefined }, onProgress)}
            />
          </Grid>
        </Grid>
      </Paper>

      <VisuallyHidden live id="organisations-count">
        {result.data ? t('relations.resultsAnnouncement', { count: result.data.total }) : ''}
      </VisuallyHidden>

      {result.isError && !result.data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Paper variant="outlined">
          <Box sx={{ height: 4 }}>{result.isFetching ? <LinearProgress aria-hidden="true" /> : null}</Box>
          {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
          <TableContainer>
            <Table aria-label={t('relations.organisationsTable')} aria-busy={result.isFetching} size="small">
              <TableHead>
                <TableRow>
                  <SortableHeaderCell label={t('fields.name')} field="name" sort={sort} onSort={(value) => list.update({ sorteer: value })} />
                  <TableCell scope="col">{t('fields.kvkNumber')}</TableCell>
                  <SortableHeaderCell label={t('fields.city')} field="city" sort={sort} onSort={(value) => list.update({ sorteer: value })} />
                  <TableCell scope="col">{t('fields.status')}</TableCell>
                  <TableCell scope="col">{t('fields.relationTypes')}</TableCell>
                  <TableCell scope="col">{t('fields.ownerName')}</TableCell>
                  <SortableHeaderCell label={t('fields.updatedAt')} field="updatedAt" sort={sort} onSort={(value) => list.update({ sorteer: value })} />
                </TableRow>
              </TableHead>
              <TableBody>
                {result.data?.items.map((row) => (
                  <TableRow key={row.id} hover>
                    <TableCell component="th" scope="row">
                      <Link href={organisationPath(row.id)} sx={{ fontWeight: 600 }}>
                        {row.name}
                      </Link>
                      {row.archived ? (
                        <Box component="span" sx={{ ml: 1 }}>
                          <ArchivedChip />
                        </Box>
                      ) : null}
                      {!row.archived && (row.kvkStatus === 'uitgeschreven' || row.kvkStatus === 'onbekend') ? (
                        <Box component="span" sx={{ ml: 1 }}>
                          <KvkStatusChip status={row.kvkStatus} />
                        </Box>
                      ) : null}
                    </TableCell>
                    <TableCell>{row.kvkNumber ?? <EmptyValue />}</TableCell>
                    <TableCell>{row.city ?? <EmptyValue />}</TableCell>
                    <TableCell>
                      <StatusChip status={row.status} />
                    </TableCell>
                    <TableCell>{row.relationTypes.length ? row.relationTypes.map((code) => relationTypeLabel(code, relationTypes.data)).join(', ') : <EmptyValue />}</TableCell>
                    <TableCell>{row.ownerName ?? <EmptyValue />}</TableCell>
                    <TableCell>
                      <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>
                    </TableCell>
                  </TableRow>
                ))}
                {result.data && result.data.items.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={7}>
                      <Typography sx={{ py: 3, textAlign: 'center' }}>
                        {t('common.noResults')} {filtered ? t('common.noResultsHint') : null}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
                {!result.data && result.isPending ? (
                  <TableRow>
                    <TableCell colSpan={7}>
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

export default OrganisationsList;
