import type { TFunction } from 'i18next';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ExportColumn } from '@gemeente-crm/web-ui';
import { formatCurrency, formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import type { StageConversion, WinRate } from './useConversionReport';


/** 0.6667 → "66,7%"; null → "—". */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value * 100)}%`;
}

export function funnelColumns(t: TFunction): ExportColumn<StageConversion>[] {
  return [
    { header: t('conversion.stage'), value: (row) => row.name, width: 24 },
    { header: t('conversion.reached'), value: (row) => row.reached, type: 'number' },
    { header: t('conversion.conversionFromPrevious'), value: (row) => (row.conversionFromPrevious === null ? null : row.conversionFromPrevious), type: 'number' },
    { header: t('conversion.openInStage'), value: (row) => row.open, type: 'number' },
    { header: t('conversion.openValue'), value: (row) => row.openValueCents / 100, type: 'number' },
    { header: t('conversion.averageDays'), value: (row) => row.averageDaysInStage, type: 'number' },
  ];
}

export function winRateColumns(t: TFunction, dimension: string): ExportColumn<WinRate>[] {
  return [
    { header: dimension, value: (row) => row.label, width: 28 },
    { header: t('conversion.won'), value: (row) => row.won, type: 'number' },
    { header: t('conversion.lost'), value: (row) => row.lost, type: 'number' },
    { header: t('conversion.winRate'), value: (row) => row.winRate, type: 'number' },
  ];
}

/** The numbers behind the funnel chart: also its text alternative. */
export function FunnelTable({ stages, captionId }: { stages: StageConversion[]; captionId: string }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-labelledby={captionId}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('conversion.stage')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.reached')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.conversionFromPrevious')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.openInStage')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.openValue')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.averageDays')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {stages.map((stage) => (
          <TableRow key={stage.stageId}>
            <TableCell component="th" scope="row">{stage.name}</TableCell>
            <TableCell align="right">{formatNumber(stage.reached)}</TableCell>
            <TableCell align="right">{formatRatio(stage.conversionFromPrevious)}</TableCell>
            <TableCell align="right">{formatNumber(stage.open)}</TableCell>
            <TableCell align="right">{formatCurrency(stage.openValueCents / 100)}</TableCell>
            <TableCell align="right">{stage.averageDaysInStage === null ? '—' : formatNumber(stage.averageDaysInStage)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function WinRateTable({ rows, dimension, captionId }: { rows: WinRate[]; dimension: string; captionId: string }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-labelledby={captionId}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{dimension}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.won')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.lost')}</TableCell>
          <TableCell scope="col" align="right">{t('conversion.winRate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key ?? 'none'}>
            <TableCell component="th" scope="row">{row.label}</TableCell>
            <TableCell align="right">{formatNumber(row.won)}</TableCell>
            <TableCell align="right">{formatNumber(row.lost)}</TableCell>
            <TableCell align="right">{formatRatio(row.winRate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
