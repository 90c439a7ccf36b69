import TablePagination from '@mui/material/TablePagination';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { PAGE_SIZES } from './useListParams';

/**
 * Paging under a list: page size 25/50/100, "1–25 van 1.234", previous/next in Dutch. When the
 * API only estimates the total (`totalIsExact: false`, see docs/api.md) the label says "ongeveer"
 * and "Volgende pagina" stays available as long as pages come back full, so no row is out of reach.
 */
export function ListPagination({
  total,
  totalIsExact = true,
  rowsOnPage,
  page,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  totalIsExact?: boolean | undefined;
  rowsOnPage: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const firstRow = (page - 1) * pageSize + 1;
  const lastRow = firstRow + rowsOnPage - 1;
  return (
    <TablePagination
      component="div"
      count={totalIsExact ? total : -1}
      page={totalIsExact ? Math.max(0, Math.min(page - 1, Math.max(0, Math.ceil(total / pageSize) - 1))) : page - 1}
      onPageChange={(_event, next) => onPage(next + 1)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[...PAGE_SIZES]}
      onRowsPerPageChange={(event) => onPageSize(Number(event.target.value))}
      labelRowsPerPage={t('common.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) =>
        totalIsExact
          ? t('common.displayedRows', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })
          : t('common.displayedRowsApproximately', { from: formatNumber(firstRow), to: formatNumber(Math.max(firstRow, lastRow)), total: formatNumber(Math.max(total, lastRow)) })
      }
      getItemAriaLabel={(type) => (type === 'previous' ? t('common.previousPage') : type === 'next' ? t('common.nextPage') : type === 'first' ? t('common.firstPage') : t('common.lastPage'))}
      slotProps={totalIsExact ? undefined : { actions: { nextButton: { disabled: rowsOnPage < pageSize } } }}
    />
  );
}
