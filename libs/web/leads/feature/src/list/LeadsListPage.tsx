import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { useStaff } from '@gemeente-crm/web-interactions-data-access';
import { type LeadListItem, type LeadListQuery, type LeadSort, useLeadList, useLeadOptions, usePipelines } from '@gemeente-crm/web-leads-data-access';
import { formatCurrency, formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { type ExportColumn, ErrorState, loadExporters, PageHeader, useNotify } from '@gemeente-crm/web-ui';
import { LEADS_PATH, leadPath } from '../paths';

const STATUSES = ['open', 'won', 'lost'] as const;
const EXPORT_PAGE_SIZE = 100;
const EXPORT_MAX_ROWS = 10_000;

/** URL parameter (Dutch, bookmarkable) → API query parameter. */
const FILTERS = { pijplijn: 'pipelineId', fase: 'stageId', eigenaar: 'owner', bron: 'source', status: 'status', van: 'createdFrom', tot: 'createdTo' } as const;

/** "Leads" as a list: filters in the URL, sortable columns (the score too), paging, CSV/XLSX export. */
export default function LeadsListPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useApiClient();
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const staff = useStaff();
  const sources = useLeadOptions('sources', true);
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null);
  const page = Math.max(1, Number(params.get('pagina') ?? 1) || 1);
  const pageSize = 25;
  const sort = (params.get('sorteer') ?? '-createdAt') as LeadSort;
  const filters = Object.fromEntries(
    Object.entries(FILTERS)
      .map(([param, key]) => [key, params.get(param) ?? undefined])
      .filter(([, value]) => value),
  ) as Partial<LeadListQuery>;
  const query: LeadListQuery = { ...filters, sort, page, pageSize };
  const list = useLeadList(query);
  const pipeline = pipelines.data?.items.find((candidate) => candidate.id === filters.pipelineId);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'pagina') next.delete('pagina');
    if (name === 'pijplijn') next.delete('fase');
    setParams(next);
  };
  const sortBy = (column: 'title' | 'expectedValue' | 'expectedDecisionDate' | 'createdAt' | 'score') => {
    const ascending = sort === column;
    setParam('sorteer', ascending ? `-${column}` : column);
  };
  const direction = (column: string) => (sort === column ? 'asc' : sort === `-${column}` ? 'desc' : false);

  const columns: ExportColumn<LeadListItem>[] = [
    { header: t('leads.fields.title'), value: (lead) => lead.title, width: 40 },
    { header: t('leads.fields.relation'), value: (lead) => lead.relation.name, width: 30 },
    { header: t('leads.pipeline'), value: (lead) => lead.pipeline.name, width: 24 },
    { header: t('leads.fields.stage'), value: (lead) => lead.stage.name, width: 16 },
    { header: t('leads.fields.status'), value: (lead) => t(`leads.${lead.status}`), width: 10 },
    { header: t('leads.fields.owner'), value: (lead) => lead.owner?.name ?? lead.owner?.id, width: 20 },
    { header: t('leads.fields.source'), value: (lead) => lead.source?.label ?? lead.source?.code, width: 18 },
    { header: t('leads.fields.expectedValueCents'), value: (lead) => (lead.expectedValueCents === null ? null : lead.expectedValueCents / 100), type: 'number', width: 14 },
    { header: t('leads.fields.probability'), value: (lead) => lead.probability, type: 'number', width: 8 },
    { header: t('leadScore.label'), value: (lead) => lead.score?.value ?? null, type: 'number', width: 8 },
    { header: t('leads.fields.expectedDecisionDate'), value: (lead) => (lead.expectedDecisionDate ? new Date(lead.expectedDecisionDate) : null), type: 'date', width: 14 },
    { header: t('leads.list.createdAt'), value: (lead) => new Date(lead.createdAt), type: 'datetime', width: 18 },
  ];

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExportAnchor(null);
    const rows: LeadListItem[] = [];
    for (let next = 1; rows.length < EXPORT_MAX_ROWS; next += 1) {
      const batch = await unwrap(client.GET('/api/v1/leads', { params: { query: { ...query, page: next, pageSize: EXPORT_PAGE_SIZE } } }));
      rows.push(...batch.items);
      if (batch.items.length < EXPORT_PAGE_SIZE) break;
    }
    const exporters = await loadExporters();
    const blob = format === 'csv' ? exporters.csvBlob(columns, rows) : await exporters.xlsxBlob(t('leads.title'), columns, rows);
    exporters.downloadBlob(blob, exporters.exportFileName('leads', format));
    notify(t('leads.list.exported', { count: rows.length }));
  };

  const filter = (param: keyof typeof FILTERS, label: string, options: { value: string; label: string }[]) => (
    <TextField id={`filter-${param}`} select fullWidth size="small" label={label} value={params.get(param) ?? ''} onChange={(event) => setParam(param, event.target.value)}>
      <MenuItem value="">{t('leads.list.all')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <>
      <PageHeader
        title={t('leads.list.title')}
        breadcrumbs={[{ label: t('leads.title'), to: LEADS_PATH }, { label: t('leads.list.title') }]}
        actions={
          <>
            <Button variant="outlined" startIcon={<DownloadIcon />} aria-haspopup="menu" onClick={(event) => setExportAnchor(event.currentTarget)}>
              {t('leads.list.export')}
            </Button>
            <Menu anchorEl={exportAnchor} open={!!exportAnchor} onClose={() => setExportAnchor(null)}>
              <MenuItem onClick={() => void exportAs('csv')}>CSV</MenuItem>
              <MenuItem onClick={() => void exportAs('xlsx')}>Excel (XLSX)</MenuItem>
            </Menu>
          </>
        }
      />
      <Paper role="search" variant="outlined" sx={{ p: 2, mb: 2 }} aria-label={t('leads.list.filters')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            {filter(
              'pijplijn',
              t('leads.pipeline'),
              (pipelines.data?.items ?? []).map((candidate) => ({ value: candidate.id, label: candidate.name })),
            )}
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            {filter('fase', t('leads.fields.stage'), (pipeline?.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name })))}
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            {filter('eigenaar', t('leads.fields.owner'), [{ value: 'me', label: t('leads.list.mine') }, ...(staff.data ?? []).map((user) => ({ value: user.id, label: user.displayName }))])}
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            {filter('bron', t('leads.fields.source'), (sources.data?.items ?? []).map((option) => ({ value: option.code, label: option.label })))}
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            {filter('status', t('leads.fields.status'), STATUSES.map((status) => ({ value: status, label: t(`leads.${status}`) })))}
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField id="filter-van" type="date" size="small" fullWidth label={t('leads.list.from')} value={params.get('van') ?? ''} onChange={(event) => setParam('van', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField id="filter-tot" type="date" size="small" fullWidth label={t('leads.list.to')} value={params.get('tot') ?? ''} onChange={(event) => setParam('tot', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          </Grid>
        </Grid>
      </Paper>
      {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('leads.list.title')}>
          <TableHead>
            <TableRow>
              <TableCell sortDirection={direction('title')}>
                <TableSortLabel active={!!direction('title')} direction={direction('title') || 'asc'} onClick={() => sortBy('title')}>
                  {t('leads.fields.title')}
                </TableSortLabel>
              </TableCell>
              <TableCell>{t('leads.fields.relation')}</TableCell>
              <TableCell>{t('leads.fields.stage')}</TableCell>
              <TableCell>{t('leads.fields.status')}</TableCell>
              <TableCell>{t('leads.fields.owner')}</TableCell>
              <TableCell align="right" sortDirection={direction('expectedValue')}>
                <TableSortLabel active={!!direction('expectedValue')} direction={direction('expectedValue') || 'asc'} onClick={() => sortBy('expectedValue')}>
                  {t('leads.fields.expectedValueCents')}
                </TableSortLabel>
              </TableCell>
              <TableCell align="right" sortDirection={direction('score')}>
                <TableSortLabel active={!!direction('score')} direction={direction('score') || 'asc'} onClick={() => sortBy('score')}>
                  {t('leadScore.label')}
                </TableSortLabel>
              </TableCell>
              <TableCell sortDirection={direction('expectedDecisionDate')}>
                <TableSortLabel active={!!direction('expectedDecisionDate')} direction={direction('expectedDecisionDate') || 'asc'} onClick={() => sortBy('expectedDecisionDate')}>
                  {t('leads.fields.expectedDecisionDate')}
                </TableSortLabel>
              </TableCell>
              <TableCell sortDirection={direction('createdAt')}>
                <TableSortLabel active={!!direction('createdAt')} direction={direction('createdAt') || 'asc'} onClick={() => sortBy('createdAt')}>
                  {t('leads.list.createdAt')}
                </TableSortLabel>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(list.data?.items ?? []).map((lead) => (
              <TableRow key={lead.id}>
                <TableCell>
                  <Link href={leadPath(lead.id)}>{lead.title}</Link>
                </TableCell>
                <TableCell>{lead.relation.name}</TableCell>
                <TableCell>{lead.stage.name}</TableCell>
                <TableCell>{t(`leads.${lead.status}`)}</TableCell>
                <TableCell>{lead.owner?.name}</TableCell>
                <TableCell align="right">{lead.expectedValueCents === null ? '' : formatCurrency(lead.expectedValueCents / 100)}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {lead.score ? lead.score.value : <span className="visually-hidden">{t('leadScore.notYet')}</span>}
                </TableCell>
                <TableCell>{lead.expectedDecisionDate ? formatDate(lead.expectedDecisionDate) : ''}</TableCell>
                <TableCell>{formatDate(lead.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={list.data?.total ?? 0}
          page={page - 1}
          rowsPerPage={pageSize}
          rowsPerPageOptions={[pageSize]}
          onPageChange={(_event, next) => setParam('pagina', String(next + 1))}
          labelDisplayedRows={({ from, to, count }) => t('leads.list.rows', { from, to, count })}
        />
      </TableContainer>
    </>
  );
}
