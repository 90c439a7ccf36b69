import AddTaskIcon from '@mui/icons-material/AddTask';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useTaskList } from '@gemeente-crm/web-interactions-data-access';
import { ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { assigneeText } from '../shared/labels';
import { DueDate, TaskStatusChip } from '../shared/TaskBadges';
import type { RelationRef } from '../types';
import { TaskDialog, type TaskRegarding } from './TaskDialog';

/** Enough for any one lead; the tasks page (`/taken`) has the rest. */
const SHOWN = 50;

export interface RegardingTasksProps {
  /** The record the tasks are about (a lead). */
  regarding: TaskRegarding;
  /** Its relation: new tasks are for this relation. */
  relation: RelationRef;
}

/**
 * "Taken" on a lead's page: the tasks about it, most urgent first, with status, due date and
 * assignee; overdue ones say so in words with an icon and a bar at the start of the row, as in
 * "Mijn taken". "Taak toevoegen" opens the task dialog for the lead and its relation.
 */
export function RegardingTasks({ regarding, relation }: RegardingTasksProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const tasks = useTaskList({ leadId: regarding.objectId, sort: 'urgency', page: 1, pageSize: SHOWN });
  const headingId = `tasks-of-${regarding.objectType}`;
  const items = tasks.data?.items ?? [];

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={headingId}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography id={headingId} variant="h6" component="h2">
          {t('task.sectionTitle')}
        </Typography>
        {can('interactions:write') ? (
          <Button startIcon={<AddTaskIcon aria-hidden="true" />} onClick={() => setAdding(true)} aria-haspopup="dialog">
            {t('task.add')}
          </Button>
        ) : null}
      </Stack>
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : items.length === 0 ? (
        <Typography variant="body2">{t('task.noneForLead')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('task.fields.title')}</TableCell>
                <TableCell scope="col">{t('task.fields.status')}</TableCell>
                <TableCell scope="col">{t('task.fields.dueDate')}</TableCell>
                <TableCell scope="col">{t('task.fields.assignee')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((task) => (
                <TableRow key={task.id} sx={task.overdue ? { boxShadow: (theme) => `inset 4px 0 0 ${theme.palette.error.main}` } : undefined}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: task.overdue ? 600 : undefined }}>
                    {task.title}
                  </TableCell>
                  <TableCell>
                    <TaskStatusChip status={task.status} />
                  </TableCell>
                  <TableCell>
                    <DueDate task={task} />
                  </TableCell>
                  <TableCell>{assigneeText(t, task)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {adding ? <TaskDialog relation={relation} regarding={regarding} onClose={() => setAdding(false)} /> : null}
    </Paper>
  );
}

export default RegardingTasks;
