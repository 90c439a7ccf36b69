import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import { type FormEvent, useId, useState } from 'react';
import { type ApiError, isApiError, mapFieldErrors, type TaskInput } from '@gemeente-crm/web-api-client';
import { hasPermission, useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useCreateTask, useRefreshInteractions, useStaff } from '@gemeente-crm/web-interactions-data-access';
import { SelectInput, TextInput } from '@gemeente-crm/web-forms';
import { ErrorSummary, errorMessage, useNotify } from '@gemeente-crm/web-ui';
import type { RelationRef } from '../types';

const P = 'task';
const FIELDS = ['title', 'description', 'assigneeId', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];

/** What else the new task is about: today a lead (the lead page prefills it). */
export interface TaskRegarding {
  objectType: 'lead';
  objectId: string;
  name: string;
}

/**
 * "Taak toevoegen": a task for a relation, optionally about one of its leads (`regarding`),
 * assigned to the user unless another colleague is chosen. The relation and the lead are fixed
 * by the page it is opened from; the API checks that the lead is about that relation.
 */
export function TaskDialog({ relation, regarding, onClose }: { relation: RelationRef; regarding?: TaskRegarding; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const notify = useNotify();
  const titleId = useId();
  const introId = useId();
  const staff = useStaff();
  const createTask = useCreateTask();
  const refresh = useRefreshInteractions();
  const [values, setValues] = useState<Record<Field, string>>({ title: '', description: '', assigneeId: me?.id ?? '', dueDate: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [submitCount, setSubmitCount] = useState(0);

  const set = (field: Field, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const labels: Record<Field, string> = {
    title: t('task.fields.title'),
    description: t('task.fields.description'),
    assigneeId: t('task.fields.assignee'),
    dueDate: t('task.fields.dueDate'),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (createTask.isPending) return;
    setSubmitCount((count) => count + 1);
    setFailure(null);
    setSummary([]);
    const clientErrors: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) clientErrors.title = t('task.titleRequired');
    if (values.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) clientErrors.dueDate = t('task.dueDateInvalid');
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) return;
    const input: TaskInput = {
      title: values.title.trim(),
      description: values.description.trim() || null,
      assigneeId: values.assigneeId || null,
      dueDate: values.dueDate || null,
      relation: { objectType: relation.objectType, objectId: relation.objectId },
      ...(regarding ? { regarding: { objectType: regarding.objectType, objectId: regarding.objectId } } : {}),
    };
    try {
      await createTask.mutateAsync(input);
    } catch (error) {
      if (isApiError(error) && error.kind === 'validation') {
        const { known, unplaced } = mapFieldErrors(error, FIELDS);
        setErrors(known as Partial<Record<Field, string>>);
        setSummary(unplaced.length || Object.keys(known).length ? unplaced : [error.problem?.detail ?? error.message]);
      } else {
        setFailure(error instanceof Error ? error : new Error(String(error)));
      }
      return;
    }
    refresh();
    notify(t('task.saved', { title: input.title }));
    onClose();
  };

  const assignees = (staff.data ?? []).filter((user) => user.id !== me?.id && hasPermission(user.roles, 'interactions:write'));
  const assigneeOptions = [
    ...(me ? [{ value: me.id, label: t('contactMoment.me', { name: me.displayName }) }] : []),
    ...assignees.map((user) => ({ value: user.id, label: user.displayName })),
  ];
  const summaryItems = [
    ...FIELDS.filter((field) => errors[field]).map((field) => ({ fieldId: `${P}-${field}`, message: `${labels[field]}: ${errors[field]}` })),
    ...summary.map((message) => ({ message })),
  ];
  const submitting = createTask.isPending;

  return (
    <Dialog open onClose={submitting ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <DialogTitle id={titleId}>{t('task.addTitle', { name: regarding?.name ?? relation.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText id={introId} sx={{ mb: 2 }}>
            {regarding ? `${t('task.about', { name: regarding.name })}. ` : ''}
            {t('task.addIntro', { relation: relation.name })}
          </DialogContentText>
          <ErrorSummary items={summaryItems} focusKey={submitCount} />
          {failure ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {errorMessage(t, failure)} {t('errors.inputKept')}
            </Alert>
          ) : null}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={12}>
              <TextInput prefix={P} path="title" label={labels.title} value={values.title} onChange={(value) => set('title', value)} error={errors.title} required maxLength={200} autoFocus />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <SelectInput prefix={P} path="assigneeId" label={labels.assigneeId} value={values.assigneeId} onChange={(value) => set('assigneeId', value)} options={assigneeOptions} error={errors.assigneeId} />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextInput prefix={P} path="dueDate" type="date" label={labels.dueDate} value={values.dueDate} onChange={(value) => set('dueDate', value)} error={errors.dueDate} />
            </Grid>
            <Grid size={12}>
              <TextInput prefix={P} path="description" label={labels.description} value={values.description} onChange={(value) => set('description', value)} error={errors.description} multiline maxLength={10000} />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, gap: 1 }}>
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitting ? t('common.saving') : t('common.save')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
