import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import type { TaskListQuery, TaskSort } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { useStaff, useTaskList } from '@gemeente-crm/web-interactions-data-access';
import { ErrorState, PageHeader, VisuallyHidden } from '@gemeente-crm/web-ui';
import { assigneeText, TASK_STATUSES } from '../shared/labels';
import { DueDate, TaskStatusChip } from '../shared/TaskBadges';
import { RelationLink } from './RelationLink';
import { TaskActions } from './TaskActions';
import { useTaskStatusChange } from './useTaskStatusChange';

const PAGE_SIZES = [25, 50, 100] as const;
/** `sorteer` in the URL (Dutch) → the API's sort. */
const SORTS: Record<string, TaskSort> = { urgentie: 'urgency', deadline: 'dueDate', '-deadline': '-dueDate', nieuwste: '-createdAt', oudste: 'createdAt' };

/**
 * `/taken`: tasks with filters (assignee — me by default —, status, overdue, relation), sort and
 * paging in Dutch URL parameters (`toegewezen`, `status`, `overtijd`, `organisatie`, `persoon`,
 * `sorteer`, `pagina`, `per`), and status changes per task.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const staff = useStaff();
  const status = useTaskStatusChange({ focusAfterChange: () => document.getElementById('page-title') });

  const get = (name: string) => params.get(name) ?? '';
  const update = (changes: Record<string, string | number | null>, resetPage = true) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (resetPage) next.delete('pagina');
        return next;
      },
      { replace: true },
    );

  const assignee = get('toegewezen') || 'mij';
  const statusParam = get('status');
  const statusFilter = statusParam === 'alle' ? undefined : (TASK_STATUSES as readonly string[]).includes(statusParam) ? statusParam : 'open,bezig';
  const sortParam = get('sorteer');
  const sort: TaskSort = SORTS[sortParam] ?? 'urgency';
  const page = Math.max(1, Number.parseInt(get('pagina'), 10) || 1);
  const perParam = Number.parseInt(get('per'), 10);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(perParam) ? perParam : PAGE_SIZES[0];
  const organisationId = get('organisatie');
  const personId = get('persoon');

  const query: TaskListQuery = {
    assignee: assignee === 'iedereen' ? undefined : assignee === 'mij' ? 'me' : assignee,
    status: statusFilter,
    overdue: get('overtijd') === 'ja' ? 'true' : undefined,
    organisationId: organisationId || undefined,
    personId: organisationId ? undefined : personId || undefined,
    sort,
    page,
    pageSize,
  };
  const result = useTaskList(query);
  const filtered = [...params.keys()].some((key) => !['sorteer', 'pagina', 'per'].includes(key));
  const relationName = (organisationId || personId) && result.data?.items[0]?.relation.name;

  const staffOptions = (staff.data ?? []).filter((user) => user.id !== me?.id);

  return (
    <>
      <PageHeader title={t('task.title')} />
      <Paper role="search" variant="outlined" sx={{ p: 2, mb: 2, display: 'block' }} aria-label={t('relations.filtersLabel')}>
        <Grid container spacing={2} sx={{ alignItems: 'center' }}>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              id="tasks-assignee"
              select
              label={t('task.filterAssignee')}
              value={assignee}
              onChange={(event) => update({ toegewezen: event.target.value === 'mij' ? null : event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="mij">{t('task.filterAssigneeMe')}</option>
              <option value="iedereen">{t('task.filterAssigneeAnyone')}</option>
              {staffOptions.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName}
                </option>
              ))}
              {assignee !== 'mij' && assignee !== 'iedereen' && !staffOptions.some((user) => user.id === assignee) ? <option value={assignee}>{assignee}</option> : null}
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              id="tasks-status"
              select
              label={t('task.filterStatus')}
              value={statusParam === 'alle' || (TASK_STATUSES as readonly string[]).includes(statusParam) ? statusParam : ''}
              onChange={(event) => update({ status: event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="">{t('task.filterStatusActive')}</option>
              {TASK_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`task.status.${value}`)}
                </option>
              ))}
              <option value="alle">{t('task.filterStatusAll')}</option>
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <TextField
              id="tasks-sort"
              select
              label={t('task.sort')}
              value={SORTS[sortParam] ? sortParam : 'urgentie'}
              onChange={(event) => update({ sorteer: event.target.value === 'urgentie' ? null : event.target.value })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="urgentie">{t('task.sortUrgency')}</option>
              <option value="deadline">{t('task.sortDueDate')}</option>
              <option value="-deadline">{t('task.sortDueDateDesc')}</option>
              <option value="nieuwste">{t('task.sortNewest')}</option>
              <option value="oudste">{t('task.sortOldest')}</option>
            </TextField>
          </Grid>
          <Grid size={{ xs: 12, sm: 6, md: 3 }}>
            <FormControlLabel
              control={<Switch checked={get('overtijd') === 'ja'} onChange={(event) => update({ overtijd: event.target.checked ? 'ja' : null })} />}
              label={t('task.filterOverdue')}
            />
          </Grid>
          {organisationId || personId || filtered ? (
            <Grid size={12} sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              {organisationId || personId ? (
                <>
                  <Chip variant="outlined" label={t('task.relationFilter', { name: relationName || t('task.thisRelation') })} />
                  <Button size="small" onClick={() => update({ organisatie: null, persoon: null })}>
                    {t('task.clearRelationFilter')}
                  </Button>
                </>
              ) : null}
              <Box sx={{ flexGrow: 1 }} />
              {filtered ? <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('common.clearFilters')}</Button> : null}
            </Grid>
          ) : null}
        </Grid>
      </Paper>

      <VisuallyHidden live id="tasks-count">
        {result.data ? t('task.resultsAnnouncement', { count: result.data.total }) : ''}
      </VisuallyHidden>

      {result.isError && !result.data ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Paper variant="outlined">
          <Box sx={{ height: 4 }}>{result.isFetching ? <LinearProgress aria-hidden="true" /> : null}</Box>
          {result.isError ? <ErrorState error={result.error} onRetry={() => void result.refetch()} /> : null}
          <TableContainer>
            <Table aria-label={t('task.table')} aria-busy={result.isFetching} size="small">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('task.fields.title')}</TableCell>
                  <TableCell scope="col">{t('task.fields.relation')}</TableCell>
                  <TableCell scope="col">{t('task.fields.assignee')}</TableCell>
                  <TableCell scope="col">{t('task.fields.dueDate')}</TableCell>
                  <TableCell scope="col">{t('task.fields.status')}</TableCell>
                  <TableCell scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.data?.items.map((task) => (
                  <TableRow key={task.id} hover sx={task.overdue ? { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.error.main}` } : undefined}>
                    <TableCell component="th" scope="row" sx={{ maxWidth: 360 }}>
                      <Typography component="span" sx={{ fontWeight: 600, display: 'block', overflowWrap: 'anywhere' }}>
                        {task.title}
                      </Typography>
                      {task.description ? (
                        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
                          {task.description.length > 140 ? `${task.description.slice(0, 140)}…` : task.description}
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <RelationLink relation={task.relation} />
                    </TableCell>
                    <TableCell>{assigneeText(t, task)}</TableCell>
                    <TableCell>
                      <DueDate task={task} />
                    </TableCell>
                    <TableCell>
                      <TaskStatusChip status={task.status} />
                    </TableCell>
                    <TableCell align="right">
                      <TaskActions task={task} busy={status.busyId === task.id} onChange={status.change} />
                    </TableCell>
                  </TableRow>
                ))}
                {result.data && result.data.items.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <Typography sx={{ py: 3, textAlign: 'center' }}>
                        {t('task.noResults')} {filtered ? t('common.noResultsHint') : null}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
                {!result.data && result.isPending ? (
                  <TableRow>
                    <TableCell colSpan={6}>
                      <Typography sx={{ py: 3, textAlign: 'center' }} role="status">
                        {t('common.loading')}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={result.data?.total ?? 0}
            page={Math.max(0, Math.min(page - 1, Math.max(0, Math.ceil((result.data?.total ?? 0) / pageSize) - 1)))}
            onPageChange={(_event, next) => update({ pagina: next > 0 ? next + 1 : null }, false)}
            rowsPerPage={pageSize}
            rowsPerPageOptions={[...PAGE_SIZES]}
            onRowsPerPageChange={(event) => update({ per: Number(event.target.value) === PAGE_SIZES[0] ? null : Number(event.target.value) })}
            labelRowsPerPage={t('common.rowsPerPage')}
            labelDisplayedRows={({ from, to, count }) => t('common.displayedRows', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(count) })}
            getItemAriaLabel={(type) => (type === 'previous' ? t('common.previousPage') : type === 'next' ? t('common.nextPage') : type === 'first' ? t('common.firstPage') : t('common.lastPage'))}
          />
        </Paper>
      )}
      {status.dialogs}
    </>
  );
}

export default TasksPage;
