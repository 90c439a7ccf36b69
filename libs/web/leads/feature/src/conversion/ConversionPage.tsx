import type { TFunction } from 'i18next';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { useSearchParams } from 'react-router';
import { usePipelines } from '@gemeente-crm/web-leads-data-access';
import { formatCurrency, formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, type ExportColumn, LoadingState, PageHeader } from '@gemeente-crm/web-ui';
import { LEADS_PATH } from '../paths';
import { formatRatio, FunnelTable, funnelColumns, winRateColumns, WinRateTable } from './ConversionTables';
import { ExportButton } from './ExportButton';
import { type ConversionReport, useConversionReport, useOwners, type WinRate } from './useConversionReport';

const DIMENSIONS = ['source', 'owner', 'sector'] as const;
const DIMENSION_LABEL = { source: 'conversion.bySource', owner: 'conversion.byOwner', sector: 'conversion.bySector' } as const;

/**
 * "Conversie": the funnel of one pipeline for the leads created in a period, with time in stage
 * and win rates. Every chart has its table right below it (the text alternative, and what the
 * export writes). All filters live in the URL, so a view can be bookmarked and shared.
 */
export default function ConversionPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const owners = useOwners();
  const pipelineId = params.get('pijplijn') ?? pipelines.data?.items[0]?.id ?? null;
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  const ownerId = params.get('eigenaar') ?? '';
  const report = useConversionReport(pipelineId ? { pipelineId, from: from || undefined, to: to || undefined, ownerId: ownerId || undefined } : null);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'pijplijn' && pipelineId && !next.has('pijplijn')) next.set('pijplijn', pipelineId);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('conversion.title')} breadcrumbs={[{ label: t('leads.title'), to: LEADS_PATH }, { label: t('conversion.title') }]} />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('conversion.intro')}</Typography>
      {pipelines.isError ? <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} /> : null}
      {pipelines.data && !pipelines.data.items.length ? <Typography>{t('conversion.noPipelines')}</Typography> : null}
      {pipelines.data?.items.length ? (
        <Box component="form" role="search" aria-label={t('conversion.filters')} onSubmit={(event) => event.preventDefault()} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 3 }}>
          <TextField id="conversion-pipeline" select label={t('conversion.pipeline')} value={pipelineId ?? ''} onChange={(event) => setFilter('pijplijn', event.target.value)} sx={{ minWidth: 260 }}>
            {pipelines.data.items.map((pipeline) => (
              <MenuItem key={pipeline.id} value={pipeline.id}>
                {pipeline.name} ({pipeline.department})
              </MenuItem>
            ))}
          </TextField>
          <TextField id="conversion-from" type="date" label={t('conversion.from')} value={from} onChange={(event) => setFilter('van', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField id="conversion-to" type="date" label={t('conversion.to')} value={to} onChange={(event) => setFilter('tot', event.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          {owners.data ? (
            <TextField id="conversion-owner" select label={t('conversion.owner')} value={ownerId} onChange={(event) => setFilter('eigenaar', event.target.value)} sx={{ minWidth: 220 }}>
              <MenuItem value="">{t('conversion.allOwners')}</MenuItem>
              {owners.data.map((owner) => (
                <MenuItem key={owner.id} value={owner.id}>
                  {owner.displayName}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
        </Box>
      ) : null}
      {report.isLoading ? <LoadingState /> : null}
      {report.isError ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? <ConversionReportView report={report.data} /> : null}
    </>
  );
}

function ConversionReportView({ report }: { report: ConversionReport }) {
  const { t } = useTranslation();
  const totals = [
    [t('conversion.leads'), formatNumber(report.leads)],
    [t('conversion.open'), formatNumber(report.open)],
    [t('conversion.won'), formatNumber(report.won)],
    [t('conversion.lost'), formatNumber(report.lost)],
    [t('conversion.wonValue'), formatCurrency(report.wonValueCents / 100)],
    [t('conversion.overallConversion'), formatRatio(report.overallConversion)],
    [t('conversion.winRate'), formatRatio(report.winRate)],
  ] as const;
  const fileBase = `conversie-${report.pipelineName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

  return (
    <>
      <Box component="section" aria-labelledby="conversion-totals" sx={{ mb: 3 }}>
        <Typography variant="h2" id="conversion-totals" sx={{ mb: 1 }}>
          {t('conversion.totals')}
        </Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2, m: 0 }}>
          {totals.map(([label, value]) => (
            <Paper key={label} variant="outlined" sx={{ p: 1.5 }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {label}
              </Typography>
              <Typography component="dd" variant="h6" sx={{ m: 0 }}>
                {value}
              </Typography>
            </Paper>
          ))}
        </Box>
        {report.leads === 0 ? <Typography sx={{ mt: 2 }}>{t('conversion.empty')}</Typography> : null}
      </Box>

      <Box component="section" aria-labelledby="conversion-funnel" sx={{ mb: 4 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="conversion-funnel">
            {t('conversion.funnel')}
          </Typography>
          <ExportButton label={`${t('common.export')}: ${t('conversion.exportFunnel')}`} fileBase={`${fileBase}-trechter`} sheetName={t('conversion.exportFunnel')} columns={funnelColumns(t)} rows={report.stages} />
        </Box>
        {/* The chart repeats the table below it, which is what assistive technology reads. */}
        <Box aria-hidden="true" data-testid="funnel-chart">
          <BarChart
            disableKeyboardNavigation
            height={260}
            dataset={report.stages.map((stage) => ({ name: stage.name, reached: stage.reached }))}
            xAxis={[{ scaleType: 'band', dataKey: 'name' }]}
            series={[{ dataKey: 'reached', label: t('conversion.reached') }]}
          />
        </Box>
        <Typography variant="body2" color="text.secondary" id="conversion-funnel-caption" sx={{ mb: 1 }}>
          {t('conversion.funnelChart')}
        </Typography>
        <FunnelTable stages={report.stages} captionId="conversion-funnel" />
      </Box>

      <Box component="section" aria-labelledby="conversion-win-rates">
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="h2" id="conversion-win-rates">
            {t('conversion.winRates')}
          </Typography>
          <ExportButton
            label={`${t('common.export')}: ${t('conversion.exportWinRates')}`}
            fileBase={`${fileBase}-winstpercentages`}
            sheetName={t('conversion.exportWinRates')}
            columns={winRateExportColumns(t)}
            rows={DIMENSIONS.flatMap((dimension) => report.winRates[dimension].map((row) => ({ ...row, dimension: t(DIMENSION_LABEL[dimension]) })))}
          />
        </Box>
        {report.won + report.lost === 0 ? <Typography sx={{ mt: 1 }}>{t('conversion.noClosed')}</Typography> : null}
        {DIMENSIONS.map((dimension) => {
          const rows = report.winRates[dimension];
          if (!rows.length) return null;
          const label = t(DIMENSION_LABEL[dimension]);
          const headingId = `conversion-win-rate-${dimension}`;
          return (
            <Box key={dimension} sx={{ mt: 2 }}>
              <Typography variant="h3" id={headingId}>
                {label}
              </Typography>
              <Box aria-hidden="true">
                <BarChart
                  disableKeyboardNavigation
                  height={220}
                  dataset={rows.map((row) => ({ label: row.label, rate: row.winRate === null ? 0 : Math.round(row.winRate * 1000) / 10 }))}
                  xAxis={[{ scaleType: 'band', dataKey: 'label' }]}
                  yAxis={[{ min: 0, max: 100 }]}
                  series={[{ dataKey: 'rate', label: `${t('conversion.winRate')} (%)` }]}
                />
              </Box>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t('conversion.winRateChart', { dimension: label.toLowerCase() })}
              </Typography>
              <WinRateTable rows={rows} dimension={label} captionId={headingId} />
            </Box>
          );
        })}
      </Box>
    </>
  );
}

/** One sheet with the win rates of every grouping, the grouping in the first column. */
function winRateExportColumns(t: TFunction): ExportColumn<WinRate & { dimension: string }>[] {
  return [{ header: t('conversion.dimension'), value: (row) => row.dimension, width: 12 }, ...winRateColumns(t, t('conversion.group'))];
}
