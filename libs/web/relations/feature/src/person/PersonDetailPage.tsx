import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import type { Person } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { useArchivePerson, usePerson, useRestorePerson } from '@gemeente-crm/web-relations-data-access';
import { ErrorState, LoadingState, PageHeader, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { type RelationRef, RelationSlot, useRelationExtensions } from '../extensions';
import { editPersonPath, PERSONS_PATH, personPath } from '../paths';
import { ArchivedChip } from '../shared/StatusChip';
import { DuplicateCandidatesPanel } from '../duplicates/DuplicateCandidatesPanel';
import { MergedBanner } from '../duplicates/MergedBanner';

export function usePersonContext(): PersonOutletContext {
  return useOutletContext<PersonOutletContext>();
}

/**
 * `/relaties/personen/:id`: header with actions, key facts, and tabs Overzicht / Tijdlijn (nested
 * routes; the Tijdlijn tab only when the app plugged a timeline in).
 */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  const person = usePerson(id);
  if (person.isPending) return <LoadingState />;
  if (person.isError) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  return <PersonDetail person={person.data} />;
}

export interface PersonOutletContext {
  person: Person;
  relation: RelationRef;
}

function PersonDetail({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const location = useLocation();
  const archive = useArchivePerson(person.id);
  const restore = useRestorePerson(person.id);
  const [dialog, setDialog] = useState<'archive' | 'restore' | null>(null);
  const archived = Boolean(person.archivedAt);
  const extensions = useRelationExtensions();
  const relation = useMemo<RelationRef>(() => ({ objectType: 'person', objectId: person.id, name: person.displayName, archived }), [person.id, person.displayName, archived]);
  const tabs = [
    { path: personPath(person.id), label: t('organisation.overviewTab') },
    ...(extensions.Timeline && can('interactions:read') ? [{ path: personPath(person.id, 'tijdlijn'), label: t('timeline.tab') }] : []),
    ...(extensions.Documents && can('documents:read') ? [{ path: personPath(person.id, 'documenten'), label: t('documents.tab') }] : []),
  ];
  const current = tabs.find((tab) => tab.path === location.pathname.replace(/\/$/, ''))?.path ?? tabs[0]?.path;
  const tabId = (path: string) => `person-tab-${path.split('/').pop()}`;

  return (
    <>
      <PageHeader
        title={person.displayName}
        breadcrumbs={[{ label: t('relations.title'), to: PERSONS_PATH }, { label: person.displayName }]}
        meta={archived ? <ArchivedChip /> : undefined}
        actions={
          <>
            <RelationSlot component={extensions.Actions} relation={relation} />
            {can('persons:write') && !archived ? (
              <Button variant="contained" href={editPersonPath(person.id)}>
                {t('common.edit')}
              </Button>
            ) : null}
            {can('relations:archive') && !person.mergedIntoId ? (
              archived ? (
                <Button variant="outlined" onClick={() => setDialog('restore')}>
                  {t('common.restore')}
                </Button>
              ) : (
                <Button variant="outlined" color="error" onClick={() => setDialog('archive')}>
                  {t('common.archive')}
                </Button>
              )
            ) : null}
          </>
        }
      />
      <RelationSlot component={extensions.KeyFacts} relation={relation} />
      <MergedBanner kind="person" mergedIntoId={person.mergedIntoId} />
      <DuplicateCandidatesPanel kind="person" id={person.id} archived={archived} />
      {archived ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {t('person.archivedBanner', { date: formatDate(person.archivedAt) })} {person.archiveReason ? t('organisation.archivedReason', { reason: person.archiveReason }) : null}
        </Alert>
      ) : null}
      {tabs.length > 1 ? (
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
          <Tabs
            value={current}
            onChange={(_event, path: string) => void navigate(path, { state: { keepFocus: true } })}
            aria-label={t('organisation.sectionsLabel', { name: person.displayName })}
            variant="scrollable"
            allowScrollButtonsMobile
          >
            {tabs.map((tab) => (
              <Tab key={tab.path} value={tab.path} label={tab.label} id={tabId(tab.path)} aria-controls="person-tabpanel" />
            ))}
          </Tabs>
        </Box>
      ) : null}
      <Box {...(tabs.length > 1 ? { role: 'tabpanel', id: 'person-tabpanel', 'aria-labelledby': current ? tabId(current) : undefined } : {})}>
        <Outlet context={{ person, relation } satisfies PersonOutletContext} />
      </Box>
      <ReasonDialog
        open={dialog === 'archive'}
        title={t('person.archiveTitle', { name: person.displayName })}
        description={t('person.archiveBody')}
        confirmLabel={t('common.archive')}
        destructive
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await archive.mutateAsync(reason);
          notify(t('person.archived', { name: person.displayName }));
        }}
      />
      <ReasonDialog
        open={dialog === 'restore'}
        title={t('person.restoreTitle', { name: person.displayName })}
        description={t('person.restoreBody')}
        confirmLabel={t('common.restore')}
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await restore.mutateAsync(reason);
          notify(t('person.restored', { name: person.displayName }));
        }}
      />
    </>
  );
}

export default PersonDetailPage;
