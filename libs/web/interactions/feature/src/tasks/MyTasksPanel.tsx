import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useMyTasks, useTaskList } from '@gemeente-crm/web-interactions-data-access';
import { ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { TASKS_PATH } from '../paths';
import { DueDate } from '../shared/TaskBadges';
import { RelationLink } from './RelationLink';
import { TaskActions } from './TaskActions';
import { useTaskStatusChange } from './useTaskStatusChange';

const SHOWN = 10;

/**
 * "Mijn taken" on the start page: the user's open and ongoing tasks, overdue first. Overdue
 * tasks say so in words with an icon (not by colour alone), and the number overdue is at the top.
 */
export function MyTasksPanel() {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('interactions:read');
  const tasks = useMyTasks(SHOWN, { enabled: allowed });
  const overdue = useTaskList({ assignee: 'me', status: 'open,bezig', overdue: 'true', page: 1, pageSize: 1 }, { enabled: allowed });
  const headingId = 'my-tasks-heading';
  const status = useTaskStatusChange({ focusAfterChange: () => document.getElementById(headingId) });
  if (!allowed) return null;
  const overdueCount = overdue.data?.total ?? tasks.data?.items.filter((task) => task.overdue).length ?? 0;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 3 }}>
      <Typography variant="h2" id={headingId} tabIndex={-1} sx={{ mb: 0.5, outline: 'none' }}>
        {t('task.myTasks')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('task.myTasksIntro')}
      </Typography>
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.items.length === 0 ? (
        <Typography>{t('task.noMyTasks')}</Typography>
      ) : (
        <>
          {overdueCount > 0 ? (
            <Alert severity="warning" icon={<WarningAmberIcon aria-hidden="true" />} sx={{ mb: 2 }}>
              {t('task.overdueSummary', { count: overdueCount })}
            </Alert>
          ) : null}
          <TableContainer>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('task.fields.title')}</TableCell>
                  <TableCell scope="col">{t('task.fields.relation')}</TableCell>
                  <TableCell scope="col">{t('task.fields.dueDate')}</TableCell>
                  <TableCell scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {tasks.data.items.map((task) => (
                  <TableRow key={task.id} sx={task.overdue ? { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.error.main}` } : undefined}>
                    <TableCell component="th" scope="row" sx={{ fontWeight: task.overdue ? 600 : undefined }}>
                      {task.title}
                    </TableCell>
                    <TableCell>
                      <RelationLink relation={task.relation} />
                    </TableCell>
                    <TableCell>
                      <DueDate task={task} />
                    </TableCell>
                    <TableCell align="right">
                      <TaskActions task={task} busy={status.busyId === task.id} onChange={status.change} compact />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Button sx={{ mt: 2 }} href={TASKS_PATH}>
            {tasks.data.total > SHOWN ? t('task.allTasksCount', { count: tasks.data.total }) : t('task.allTasks')}
          </Button>
        </>
      )}
      {status.dialogs}
    </Paper>
  );
}

export default MyTasksPanel;
