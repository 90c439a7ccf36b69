import TableCell from '@mui/material/TableCell';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useTranslation } from '@gemeente-crm/web-i18n';

/**
 * A column header that sorts. `aria-sort` tells screen readers the current order; the button
 * says what clicking does.
 */
export function SortableHeaderCell<S extends string>({ label, field, sort, onSort }: { label: string; field: S; sort: string; onSort: (sort: string) => void }) {
  const { t } = useTranslation();
  const active = sort === field || sort === `-${field}`;
  const direction = sort === `-${field}` ? 'desc' : 'asc';
  return (
    <TableCell scope="col" sortDirection={active ? direction : false} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <TableSortLabel active={active} direction={active ? direction : 'asc'} onClick={() => onSort(active && direction === 'asc' ? `-${field}` : field)}>
        {label}
        {active ? <span className="visually-hidden">, {direction === 'asc' ? t('common.sortedAscending') : t('common.sortedDescending')}</span> : null}
      </TableSortLabel>
    </TableCell>
  );
}
