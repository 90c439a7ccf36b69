import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { type ApiError, isApiError, mapFieldErrors } from '@gemeente-crm/web-api-client';
import { hasPermission, useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useCreateContactMoment, useCreateTask, useRefreshInteractions, useStaff } from '@gemeente-crm/web-interactions-data-access';
import { useContactPersons, usePersonOrganisations } from '@gemeente-crm/web-relations-data-access';
import { FieldGroup, fieldId, SelectInput, TextInput } from '@gemeente-crm/web-forms';
import { ErrorSummary, errorMessage, type SummaryItem, useDraft, useNotify } from '@gemeente-crm/web-ui';
import { CHANNELS, channelLabel, DIRECTIONS, directionLabel } from '../shared/labels';
import type { RelationRef } from '../types';
import {
  CONTACT_MOMENT_FIELDS,
  type ContactMomentDraft,
  contactMomentInput,
  type ContactMomentValues,
  emptyContactMomentValues,
  followUpTaskInput,
  TASK_FIELDS,
  toLocalInput,
  validateContactMoment,
} from './contactMomentForm';

const P = 'cm';
/** The fields in the order the form shows them (error summary). */
const SUMMARY_ORDER = ['channel', 'direction', 'subject', 'notes', 'occurredAt', 'links', 'participantIds', 'task.title', 'task.assigneeId', 'task.dueDate'] as const;

function useLinkOptions(relation: RelationRef) {
  const organisation = relation.objectType === 'organisation';
  const contacts = useContactPersons(organisation ? relation.objectId : '', { enabled: organisation });
  const organisations = usePersonOrganisations(organisation ? '' : relation.objectId, { enabled: !organisation });
  return organisation
    ? (contacts.data ?? []).map((contact) => ({ value: contact.personId, label: contact.function ? `${contact.displayName} (${contact.function})` : contact.displayName }))
    : (organisations.data ?? []).map((link) => ({ value: link.organisationId, label: link.organisationName }));
}

/**
 * "Contactmoment vastleggen": channel, direction, date/time (now unless changed), subject,
 * notes and an optional follow-up task, built to be done in seconds with the keyboard: focus
 * starts on the channel, then direction, subject and notes; the date/time (a field with five
 * parts to tab through) comes after them because it rarely changes; Enter in a line field or
 * Ctrl+Enter anywhere saves. What is typed is
 * kept as a draft until it is saved. If the contact moment was stored but the task was not,
 * saving again only creates the task.
 */
export function ContactMomentDialog({
  relation,
  onClose,
  extraLinks = [],
}: {
  relation: RelationRef;
  onClose: () => void;
  /** Further records the contact moment is about, e.g. the lead it was recorded from. */
  extraLinks?: readonly { objectType: 'lead'; objectId: string }[];
}) {
  const { t } = useTranslation();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const { me } = useSession();
  const notify = useNotify();
  const titleId = useId();
  const introId = useId();
  const failureRef = useRef<HTMLDivElement>(null);
  const staff = useStaff();
  const linkOptions = useLinkOptions(relation);
  const createMoment = useCreateContactMoment();
  const createTask = useCreateTask();
  const refresh = useRefreshInteractions();
  const draft = useDraft<ContactMomentDraft>(`contact-moment:new:${relation.objectType}:${relation.objectId}`, () => ({
    values: emptyContactMomentValues(me?.id ?? ''),
    savedContactMomentId: null,
  }));
  const { values, savedContactMomentId } = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const momentSaved = savedContactMomentId !== null;
  // The latest time the picker offers (the API allows a few minutes of clock difference).
  const [latest] = useState(() => toLocalInput(new Date(Date.now() + 5 * 60_000)));

  // An untouched time is "now": a restored draft shows the current time, not when it was typed.
  const { setValue } = draft;
  useEffect(() => {
    if (!draft.value.values.occurredAtEdited) setValue((previous) => ({ ...previous, values: { ...previous.values, occurredAt: toLocalInput(new Date()) } }));
    // Only when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function set<K extends keyof ContactMomentValues>(key: K, value: ContactMomentValues[K], errorKey: string = key) {
    draft.setValue((previous) => ({ ...previous, values: { ...previous.values, [key]: value, ...(key === 'occurredAt' ? { occurredAtEdited: true } : {}) } }));
    setErrors((previous) => {
      if (!(errorKey in previous)) return previous;
      const next = { ...previous };
      delete next[errorKey];
      return next;
    });
  }

  const fail = (error: unknown, fields: readonly string[], prefix = '') => {
    if (isApiError(error) && error.kind === 'validation') {
      const { known, unplaced } = mapFieldErrors(error, fields);
      const placed = Object.fromEntries(Object.entries(known).map(([field, message]) => [`${prefix}${field}`, message]));
      const shown = Object.fromEntries(Object.entries(placed).filter(([field]) => (CONTACT_MOMENT_FIELDS as readonly string[]).includes(field)));
      const rest = [...unplaced, ...Object.entries(placed).filter(([field]) => !(field in shown)).map(([, message]) => message)];
      setErrors(shown);
      setSummary(rest.length || Object.keys(shown).length ? rest : [error.problem?.detail ?? error.message]);
    } else {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitCount((count) => count + 1);
    setFailure(null);
    setSummary([]);
    const clientErrors = validateContactMoment(values, t, { momentSaved });
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) return;
    setSubmitting(true);
    let momentId = savedContactMomentId;
    try {
      if (!momentId) {
        const input = contactMomentInput(values, relation);
        const moment = await createMoment.mutateAsync({ ...input, links: [...input.links, ...extraLinks] });
        momentId = moment.id;
        const stored = moment.id;
        draft.setValue((previous) => ({ ...previous, savedContactMomentId: stored }));
        refresh();
      }
    } catch (error) {
      fail(error, CONTACT_MOMENT_FIELDS);
      setSubmitting(false);
      return;
    }
    if (values.followUp) {
      try {
        await createTask.mutateAsync(followUpTaskInput(values, relation, momentId, extraLinks.find((link) => link.objectType === 'lead')));
      } catch (error) {
        fail(error, TASK_FIELDS, 'task.');
        setSubmitting(false);
        return;
      }
    }
    draft.clear();
    refresh();
    setSubmitting(false);
    notify(values.followUp ? t('contactMoment.savedWithTask', { name: relation.name }) : t('contactMoment.saved', { name: relation.name }));
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    void submit();
  };

  /** Ctrl+Enter (or Cmd+Enter) saves from any field, the notes included. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  const discardDraft = () => {
    draft.reset({ values: emptyContactMomentValues(me?.id ?? ''), savedContactMomentId: null });
    setErrors({});
    setSummary([]);
    setFailure(null);
  };

  const assignees = (staff.data ?? []).filter((user) => user.id === me?.id || hasPermission(user.roles, 'interactions:write'));
  const assigneeOptions = [
    ...(me ? [{ value: me.id, label: t('contactMoment.me', { name: me.displayName }) }] : []),
    ...assignees.filter((user) => user.id !== me?.id).map((user) => ({ value: user.id, label: user.displayName })),
  ];
  if (values.taskAssigneeId && !assigneeOptions.some((option) => option.value === values.taskAssigneeId)) assigneeOptions.push({ value: values.taskAssigneeId, label: values.taskAssigneeId });

  const labelFor = (field: string): string => {
    const labels: Record<string, string> = {
      channel: t('contactMoment.channel'),
      direction: t('contactMoment.direction'),
      occurredAt: t('contactMoment.occurredAt'),
      subject: t('contactMoment.subject'),
      notes: t('contactMoment.notes'),
      links: relation.objectType === 'organisation' ? t('contactMoment.contactPerson') : t('contactMoment.organisation'),
      participantIds: t('contactMoment.participants'),
      'task.title': t('contactMoment.taskTitle'),
      'task.assigneeId': t('contactMoment.taskAssignee'),
      'task.dueDate': t('contactMoment.taskDueDate'),
    };
    return labels[field] ?? field;
  };
  const summaryItems: SummaryItem[] = [
    ...SUMMARY_ORDER.filter((field) => errors[field]).map((field) => ({ fieldId: fieldId(P, field === 'direction' ? 'direction-inkomend' : field), message: `${labelFor(field)}: ${errors[field]}` })),
    ...summary.map((message) => ({ message })),
  ];
  const retryable = failure && (!isApiError(failure) || failure.retryable);
  const directionErrorId = `${P}-direction-error`;

  return (
    <Dialog open onClose={submitting ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <Box component="form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={submitting}>
        <DialogTitle id={titleId}>{t('contactMoment.recordTitle', { name: relation.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText id={introId} sx={{ mb: 2 }}>
            {t('contactMoment.intro')}
          </DialogContentText>
          {draft.restored && !momentSaved ? (
            <Alert
              severity="info"
              sx={{ mb: 2 }}
              action={
                <Button color="inherit" size="small" onClick={discardDraft}>
                  {t('form.discardDraft')}
                </Button>
              }
            >
              {t('contactMoment.draftRestored')}
            </Alert>
          ) : null}
          {momentSaved ? (
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              {t('contactMoment.savedTaskFailed')}
            </Alert>
          ) : null}
          <ErrorSummary items={summaryItems} focusKey={submitCount} />
          {failure ? (
            <Alert
              severity={isApiError(failure) && failure.kind === 'forbidden' ? 'error' : 'warning'}
              ref={failureRef}
              tabIndex={-1}
              sx={{ mb: 2 }}
              action={
                retryable ? (
                  <Button color="inherit" size="small" type="submit" disabled={submitting}>
                    {t('errors.retry')}
                  </Button>
                ) : undefined
              }
            >
              {errorMessage(t, failure)} {t('errors.inputKept')}
            </Alert>
          ) : null}
          <Box component="fieldset" disabled={momentSaved} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
            <Grid container spacing={2} sx={{ pt: 1 }}>
              <Grid size={{ xs: 12, sm: 6 }}>
                <SelectInput
                  prefix={P}
                  path="channel"
                  label={t('contactMoment.channel')}
                  value={values.channel}
                  onChange={(value) => set('channel', value as ContactMomentValues['channel'])}
                  options={CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))}
                  error={errors['channel']}
                  required
                  autoFocus={!momentSaved}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <FormControl error={Boolean(errors['direction'])} required>
                  <FormLabel id={`${P}-direction-label`} sx={{ fontSize: '0.8125rem' }}>
                    {t('contactMoment.direction')}
                  </FormLabel>
                  <RadioGroup
                    row
                    aria-labelledby={`${P}-direction-label`}
                    aria-describedby={errors['direction'] ? directionErrorId : undefined}
                    name={`${P}-direction`}
                    value={values.direction}
                    onChange={(event) => set('direction', event.target.value as ContactMomentValues['direction'])}
                  >
                    {DIRECTIONS.map((direction) => (
                      <FormControlLabel key={direction} value={direction} control={<Radio id={fieldId(P, `direction-${direction}`)} />} label={directionLabel(t, direction)} />
                    ))}
                  </RadioGroup>
                  {errors['direction'] ? <FormHelperText id={directionErrorId}>{errors['direction']}</FormHelperText> : null}
                </FormControl>
              </Grid>
              <Grid size={12}>
                <TextInput prefix={P} path="subject" label={t('contactMoment.subject')} value={values.subject} onChange={(value) => set('subject', value)} error={errors['subject']} required maxLength={300} />
              </Grid>
              <Grid size={12}>
                <TextInput prefix={P} path="notes" label={t('contactMoment.notes')} value={values.notes} onChange={(value) => set('notes', value)} error={errors['notes']} helperText={t('contactMoment.notesHelp')} multiline maxLength={20000} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput
                  prefix={P}
                  path="occurredAt"
                  type="datetime-local"
                  label={t('contactMoment.occurredAt')}
                  value={values.occurredAt}
                  onChange={(value) => set('occurredAt', value)}
                  error={errors['occurredAt']}
                  helperText={t('contactMoment.occurredAtHelp')}
                  max={latest}
                  required
                />
              </Grid>
              {linkOptions.length ? (
                <Grid size={{ xs: 12, sm: 6 }}>
                  <SelectInput
                    prefix={P}
                    path="links"
                    label={relation.objectType === 'organisation' ? t('contactMoment.contactPerson') : t('contactMoment.organisation')}
                    value={values.alsoLinkedId}
                    onChange={(value) => set('alsoLinkedId', value, 'links')}
                    options={[{ value: '', label: relation.objectType === 'organisation' ? t('contactMoment.noContactPerson') : t('contactMoment.noOrganisation') }, ...linkOptions]}
                    error={errors['links']}
                  />
                </Grid>
              ) : null}
            </Grid>
          </Box>
          <Box sx={{ mt: 2 }}>
            <FormControlLabel
              control={<Checkbox id={`${P}-followUp`} checked={values.followUp} onChange={(event) => set('followUp', event.target.checked)} />}
              label={t('contactMoment.followUp')}
            />
          </Box>
          {values.followUp ? (
            <Box sx={{ mt: 1, pl: { sm: 2 }, borderLeft: { sm: 3 }, borderColor: { sm: 'divider' } }}>
              <FieldGroup legend={t('contactMoment.followUpLegend')}>
                <Grid container spacing={2}>
                  <Grid size={12}>
                    <TextInput
                      prefix={P}
                      path="task.title"
                      label={t('contactMoment.taskTitle')}
                      value={values.taskTitle}
                      onChange={(value) => set('taskTitle', value, 'task.title')}
                      error={errors['task.title']}
                      required
                      maxLength={200}
                      autoFocus={momentSaved}
                    />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 6 }}>
                    <SelectInput
                      prefix={P}
                      path="task.assigneeId"
                      label={t('contactMoment.taskAssignee')}
                      value={values.taskAssigneeId}
                      onChange={(value) => set('taskAssigneeId', value, 'task.assigneeId')}
                      options={assigneeOptions}
                      error={errors['task.assigneeId']}
                    />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 6 }}>
                    <TextInput
                      prefix={P}
                      path="task.dueDate"
                      type="date"
                      label={t('contactMoment.taskDueDate')}
                      value={values.taskDueDate}
                      onChange={(value) => set('taskDueDate', value, 'task.dueDate')}
                      error={errors['task.dueDate']}
                    />
                  </Grid>
                </Grid>
              </FieldGroup>
            </Box>
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, gap: 1, flexWrap: 'wrap' }}>
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
