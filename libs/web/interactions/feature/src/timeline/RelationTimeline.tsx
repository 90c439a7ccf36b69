import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DescriptionIcon from '@mui/icons-material/Description';
import EmailIcon from '@mui/icons-material/Email';
import ForumIcon from '@mui/icons-material/Forum';
import HistoryIcon from '@mui/icons-material/History';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { TFunction, i18n as I18n } from 'i18next';
import { useSearchParams } from 'react-router';
import type { TimelineItem, TimelineQuery, User } from '@gemeente-crm/web-api-client';
import { formatDate, formatDateTime, formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { useDownloadDocument } from '@gemeente-crm/web-archive-data-access';
import { TIMELINE_PAGE_SIZE, useRelationTimeline, useStaff } from '@gemeente-crm/web-interactions-data-access';
import { ErrorState, errorMessage, LoadingState, useNotify, VisuallyHidden } from '@gemeente-crm/web-ui';
import { channelLabel, directionLabel } from '../shared/labels';
import { TaskStatusChip } from '../shared/TaskBadges';
import type { RelationSlotProps } from '../types';

export type TimelineKind = TimelineItem['kind'];
export const TIMELINE_KINDS: readonly TimelineKind[] = ['contact-moment', 'email', 'task', 'document', 'change'];

/** Kinds in the URL (`soort`), in Dutch. */
const KIND_PARAM: Record<TimelineKind, string> = { 'contact-moment': 'contactmoment', email: 'e-mail', task: 'taak', document: 'document', change: 'wijziging' };
const COUNT_KEY = { 'contact-moment': 'contactMoment', email: 'email', task: 'task', document: 'document', change: 'change' } as const;
const PERIODS = ['alles', '7', '30', '365', 'eigen'] as const;
type Period = (typeof PERIODS)[number];

const ICONS: Record<TimelineKind, typeof ForumIcon> = {
  'contact-moment': ForumIcon,
  email: EmailIcon,
  task: TaskAltIcon,
  document: DescriptionIcon,
  change: HistoryIcon,
};

/** `Naam` or the address. */
function addressLabel(address: { address: string; name: string | null }): string {
  return address.name ?? address.address;
}

/** An e-mail's attachments, each a button that downloads it (with the user's token). */
function AttachmentChips({ attachments }: { attachments: { id: string; fileName: string }[] }) {
  const { t } = useTranslation();
  const download = useDownloadDocument();
  const notify = useNotify();
  if (!attachments.length) return null;
  return (
    <Box component="ul" aria-label={t('timeline.kind.document')} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0, mt: 1 }}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <Chip
            size="small"
            icon={<AttachFileIcon aria-hidden="true" />}
            label={attachment.fileName}
            aria-label={t('timelineEmail.downloadAttachment', { fileName: attachment.fileName })}
            onClick={() => void download(attachment).catch((error: unknown) => notify(errorMessage(t, error), 'error'))}
          />
        </li>
      ))}
    </Box>
  );
}

/** The first moment of a local calendar day (`YYYY-MM-DD`), `days` later. */
function dayStart(day: string, days = 0): Date {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + days);
  return date;
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The period as the API's `from` (inclusive) and `to` (exclusive). */
export function periodRange(period: Period, from: string, to: string, now = new Date()): { from?: string; to?: string; invalid?: boolean } {
  if (period === 'eigen') {
    const start = from ? dayStart(from) : null;
    const end = to ? dayStart(to, 1) : null;
    if (start && end && end <= start) return { invalid: true };
    return { ...(start && !Number.isNaN(start.getTime()) ? { from: start.toISOString() } : {}), ...(end && !Number.isNaN(end.getTime()) ? { to: end.toISOString() } : {}) };
  }
  if (period === 'alles') return {};
  return { from: dayStart(localDay(now), -Number(period)).toISOString() };
}

function fieldName(t: TFunction, i18n: I18n, field: string): string {
  const key = `fields.${field}`;
  return i18n.exists(key) ? t(key as 'fields.name') : field;
}

const ACTIONS = ['create', 'update', 'archive', 'restore', 'delete', 'read', 'link', 'unlink', 'import', 'merge'] as const;
/** Audit change keys that are no field of the relation: `merge` holds what a merge did (records, choices, what moved). */
const NOT_FIELDS = new Set(['merge']);

function actionLabel(t: TFunction, action: string): string {
  return (ACTIONS as readonly string[]).includes(action) ? t(`history.actions.${action as (typeof ACTIONS)[number]}`) : action;
}

function staffName(staff: readonly User[] | undefined, id: string | null): string | null {
  if (!id) return null;
  return staff?.find((user) => user.id === id)?.displayName ?? null;
}

function Entry({ item, staff }: { item: TimelineItem; staff: readonly User[] | undefined }) {
  const { t, i18n } = useTranslation();
  const Icon = ICONS[item.kind];
  const fields = item.kind === 'change' ? item.changedFields.filter((field) => !NOT_FIELDS.has(field)) : [];
  const title = item.kind === 'change' ? `${actionLabel(t, item.action)}${fields.length ? `: ${fields.map((field) => fieldName(t, i18n, field)).join(', ')}` : ''}` : item.title;
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2, listStyle: 'none', display: 'flex', gap: 2 }}>
      <Box sx={{ pt: 0.25, color: 'text.secondary' }}>
        <Icon aria-hidden="true" />
      </Box>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 0.5 }}>
          <Chip size="small" variant="outlined" label={t(`timeline.kindSingular.${item.kind}`)} />
          <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1rem', overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
          {item.actorName ? <span>{t('timeline.by', { name: item.actorName })}</span> : null}
          {item.kind === 'contact-moment' ? <span>· {t('timeline.channelDirection', { channel: channelLabel(t, item.channel), direction: directionLabel(t, item.direction).toLowerCase() })}</span> : null}
          {item.kind === 'email' ? <span>· {directionLabel(t, item.direction)}</span> : null}
        </Typography>
        {item.kind === 'email' ? (
          <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
            {t('timelineEmail.fromTo', { from: addressLabel(item.from), to: item.to.map(addressLabel).join(', ') || '–' })}
          </Typography>
        ) : null}
        {item.kind === 'email' && item.notesExcerpt ? <Typography sx={{ mt: 1, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{item.notesExcerpt}</Typography> : null}
        {item.kind === 'email' ? <AttachmentChips attachments={item.attachments} /> : null}
        {item.kind === 'document' ? <AttachmentChips attachments={[{ id: item.id, fileName: item.title }]} /> : null}
        {item.kind === 'contact-moment' && item.notesExcerpt ? <Typography sx={{ mt: 1, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{item.notesExcerpt}</Typography> : null}
        {item.kind === 'task' ? (
          <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <TaskStatusChip status={item.status} />
            {item.dueDate ? <Typography variant="body2">{t('timeline.due', { date: formatDate(`${item.dueDate}T12:00:00Z`) })}</Typography> : null}
            {staffName(staff, item.assigneeId) || item.assigneeTeam ? (
              <Typography variant="body2">
                · {[staffName(staff, item.assigneeId), item.assigneeTeam ? t('task.team', { team: item.assigneeTeam }) : null].filter(Boolean).join(', ')}
              </Typography>
            ) : null}
          </Box>
        ) : null}
        {item.kind === 'change' && item.reason ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <strong>{t('history.why')}:</strong> {item.reason}
          </Typography>
        ) : null}
      </Box>
    </Paper>
  );
}

/**
 * "Tijdlijn" of an organisation or person (the 360° view): contact moments, tasks and changes,
 * newest first, filtered by kind (with counts) and period, paged. The filters live in the URL
 * (`soort`, `periode`, `van`, `tot`, `pagina`) so Back and bookmarks keep them.
 */
export function RelationTimeline({ relation }: RelationSlotProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const staff = useStaff();

  const kindsParam = params.get('soort');
  const kinds = kindsParam === null ? [...TIMELINE_KINDS] : TIMELINE_KINDS.filter((kind) => kindsParam.split(',').includes(KIND_PARAM[kind]));
  const periodParam = params.get('periode') as Period | null;
  const period: Period = periodParam && PERIODS.includes(periodParam) ? periodParam : 'alles';
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '', 10) || 1);
  const range = periodRange(period, from, to);

  const update = (changes: Record<string, string | null>, resetPage = true) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (resetPage) next.delete('pagina');
        return next;
      },
      { replace: true },
    );

  const setKinds = (next: readonly TimelineKind[]) => update({ soort: next.length === TIMELINE_KINDS.length ? null : next.map((kind) => KIND_PARAM[kind]).join(',') || 'geen' });

  const query: TimelineQuery = { kinds: kinds.join(','), from: range.from, to: range.to, page, pageSize: TIMELINE_PAGE_SIZE };
  const timeline = useRelationTimeline(relation, query, { enabled: kinds.length > 0 && !range.invalid });
  const data = kinds.length && !range.invalid ? timeline.data : undefined;
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || TIMELINE_PAGE_SIZE))) : 1;

  return (
    <Box>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('timeline.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('timeline.intro')}
      </Typography>
      <Paper role="search" aria-label={t('timeline.filtersLabel')} variant="outlined" sx={{ p: 2, mb: 2 }}>
        <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Grid size={{ xs: 12, md: 5 }}>
            <FormControl component="fieldset" error={kinds.length === 0}>
              <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
                {t('timeline.kinds')}
              </FormLabel>
              <FormGroup row>
                {TIMELINE_KINDS.map((kind) => (
                  <FormControlLabel
                    key={kind}
                    control={
                      <Checkbox
                        checked={kinds.includes(kind)}
                        onChange={(event) => setKinds(event.target.checked ? TIMELINE_KINDS.filter((item) => item === kind || kinds.includes(item)) : kinds.filter((item) => item !== kind))}
                      />
                    }
                    label={timeline.data ? t('timeline.kindWithCount', { kind: t(`timeline.kind.${kind}`), number: formatNumber(timeline.data.counts[COUNT_KEY[kind]]) }) : t(`timeline.kind.${kind}`)}
                  />
                ))}
              </FormGroup>
            </FormControl>
          </Grid>
          <Grid size={{ xs: 12, sm: 4, md: 3 }}>
            <TextField
              id="timeline-period"
              select
              label={t('timeline.period')}
              value={period}
              onChange={(event) => update({ periode: event.target.value === 'alles' ? null : event.target.value, ...(event.target.value === 'eigen' ? {} : { van: null, tot: null }) })}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              <option value="alles">{t('timeline.periodAll')}</option>
              <option value="7">{t('timeline.period7')}</option>
              <option value="30">{t('timeline.period30')}</option>
              <option value="365">{t('timeline.period365')}</option>
              <option value="eigen">{t('timeline.periodCustom')}</option>
            </TextField>
          </Grid>
          {period === 'eigen' ? (
            <>
              <Grid size={{ xs: 6, sm: 4, md: 2 }}>
                <TextField id="timeline-from" type="date" label={t('timeline.from')} value={from} onChange={(event) => update({ van: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
              </Grid>
              <Grid size={{ xs: 6, sm: 4, md: 2 }}>
                <TextField
                  id="timeline-to"
                  type="date"
                  label={t('timeline.to')}
                  value={to}
                  onChange={(event) => update({ tot: event.target.value })}
                  error={Boolean(range.invalid)}
                  helperText={range.invalid ? t('timeline.periodInvalid') : undefined}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              </Grid>
            </>
          ) : null}
        </Grid>
      </Paper>

      <VisuallyHidden live>{data ? t('timeline.announcement', { count: data.total }) : ''}</VisuallyHidden>
      <Box sx={{ height: 4, mb: 1 }}>{timeline.isFetching && timeline.data ? <LinearProgress aria-hidden="true" /> : null}</Box>

      {kinds.length === 0 ? (
        <Typography>{t('timeline.noKinds')}</Typography>
      ) : range.invalid ? null : timeline.isPending && !timeline.data ? (
        <LoadingState />
      ) : timeline.isError && !timeline.data ? (
        <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : data && data.items.length === 0 ? (
        <Typography>{t('timeline.empty')}</Typography>
      ) : data ? (
        <>
          {timeline.isError ? <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} /> : null}
          <Box component="ol" aria-label={t('timeline.list')} aria-busy={timeline.isFetching} sx={{ p: 0, m: 0, display: 'grid', gap: 1.5 }}>
            {data.items.map((item) => (
              <Entry key={`${item.kind}:${item.id}`} item={item} staff={staff.data} />
            ))}
          </Box>
          {pages > 1 ? (
            <Box component="nav" aria-label={t('timeline.pagination')} sx={{ mt: 3, display: 'flex', justifyContent: 'center' }}>
              <Pagination
                count={pages}
                page={Math.min(page, pages)}
                onChange={(_event, value) => update({ pagina: value > 1 ? String(value) : null }, false)}
                getItemAriaLabel={(type, item) => (type === 'page' ? t('common.page', { page: item ?? 0 }) : type === 'previous' ? t('common.previousPage') : type === 'next' ? t('common.nextPage') : String(type))}
              />
            </Box>
          ) : null}
        </>
      ) : null}
    </Box>
  );
}

export default RelationTimeline;
