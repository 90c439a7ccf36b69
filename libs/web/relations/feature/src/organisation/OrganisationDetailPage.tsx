import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import type { Organisation } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { useArchiveOrganisation, useOrganisation, useRestoreOrganisation } from '@gemeente-crm/web-relations-data-access';
import { ErrorState, LoadingState, PageHeader, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { editOrganisationPath, ORGANISATIONS_PATH, organisationPath } from '../paths';
import { type RelationRef, RelationSlot, useRelationExtensions } from '../extensions';
import { ArchivedChip, StatusChip } from '../shared/StatusChip';
import { KvkUpdateDialog } from './KvkUpdateDialog';
import { DuplicateCandidatesPanel } from '../duplicates/DuplicateCandidatesPanel';
import { KvkStatusChip, KvkWarning } from '../duplicates/KvkStatus';
import { MergedBanner } from '../duplicates/MergedBanner';

export interface OrganisationOutletContext {
  organisation: Organisation;
  relation: RelationRef;
}

export function useOrganisationContext(): OrganisationOutletContext {
  return useOutletContext<OrganisationOutletContext>();
}

/**
 * `/relaties/organisaties/:id`: header with actions (edit, archive/restore with a required
 * reason), archived notice, and tabs Overzicht / Contactpersonen / Geschiedenis (nested routes).
 */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <LoadingState />;
  if (organisation.isError) return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  return <OrganisationDetail organisation={organisation.data} />;
}

function OrganisationDetail({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const notify = useNotify();
  const archive = useArchiveOrganisation(organisation.id);
  const restore = useRestoreOrganisation(organisation.id);
  const [dialog, setDialog] = useState<'archive' | 'restore' | 'kvk' | null>(null);
  const archived = Boolean(organisation.archivedAt);
  const extensions = useRelationExtensions();
  const relation = useMemo<RelationRef>(
    () => ({ objectType: 'organisation', objectId: organisation.id, name: organisation.name, archived }),
    [organisation.id, organisation.name, archived],
  );

  const tabs = [
    { path: organisationPath(organisation.id), label: t('organisation.overviewTab') },
    ...(extensions.Timeline && can('interactions:read') ? [{ path: organisationPath(organisation.id, 'tijdlijn'), label: t('timeline.tab') }] : []),
    ...(extensions.Documents && can('documents:read') ? [{ path: organisationPath(organisation.id, 'documenten'), label: t('documents.tab') }] : []),
    { path: organisationPath(organisation.id, 'contactpersonen'), label: t('organisation.contactsTab') },
    ...(can('relations:history') ? [{ path: organisationPath(organisation.id, 'geschiedenis'), label: t('organisation.historyTab') }] : []),
  ];
  const current = tabs.find((tab) => tab.path === location.pathname.replace(/\/$/, ''))?.path ?? tabs[0]?.path;
  const tabId = (path: string) => `tab-${path.split('/').pop()}`;

  return (
    <>
      <PageHeader
        title={organisation.name}
        breadcrumbs={[{ label: t('relations.title'), to: ORGANISATIONS_PATH }, { label: organisation.name }]}
        meta={
          <>
            <StatusChip status={organisation.status} />
            {archived ? <ArchivedChip /> : null}
            <KvkStatusChip status={organisation.kvkStatus} />
            {organisation.kvkNumber ? (
              <Typography variant="body2" color="text.secondary">
                {t('fields.kvkNumber')} {organisation.kvkNumber}
              </Typography>
            ) : null}
          </>
        }
        actions={
          <>
            <RelationSlot component={extensions.Actions} relation={relation} />
            {can('relations:write') && !archived ? (
              <Button variant="contained" href={editOrganisationPath(organisation.id)}>
                {t('common.edit')}
              </Button>
            ) : null}
            {can('relations:write') && !archived && organisation.kvkNumber ? (
              <Button variant="outlined" onClick={() => setDialog('kvk')}>
                {t('kvk.updateButton')}
              </Button>
            ) : null}
            {can('relations:archive') && !organisation.mergedIntoId ? (
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
      <MergedBanner kind="organisation" mergedIntoId={organisation.mergedIntoId} />
      <KvkWarning organisation={organisation} />
      <DuplicateCandidatesPanel kind="organisation" id={organisation.id} archived={archived} />
      {archived ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {t('organisation.archivedBanner', { date: formatDate(organisation.archivedAt) })}{' '}
          {organisation.archiveReason ? t('organisation.archivedReason', { reason: organisation.archiveReason }) : null}
        </Alert>
      ) : null}
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs
          value={current}
          onChange={(_event, path: string) => void navigate(path, { state: { keepFocus: true } })}
          aria-label={t('organisation.sectionsLabel', { name: organisation.name })}
          variant="scrollable"
          allowScrollButtonsMobile
        >
          {tabs.map((tab) => (
            <Tab key={tab.path} value={tab.path} label={tab.label} id={tabId(tab.path)} aria-controls="organisation-tabpanel" />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="organisation-tabpanel" aria-labelledby={current ? tabId(current) : undefined}>
        <Outlet context={{ organisation, relation } satisfies OrganisationOutletContext} />
      </Box>
      {dialog === 'kvk' ? <KvkUpdateDialog organisation={organisation} onClose={() => setDialog(null)} /> : null}
      <ReasonDialog
        open={dialog === 'archive'}
        title={t('organisation.archiveTitle', { name: organisation.name })}
        description={t('organisation.archiveBody')}
        confirmLabel={t('common.archive')}
        destructive
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await archive.mutateAsync(reason);
          notify(t('organisation.archived', { name: organisation.name }));
        }}
      />
      <ReasonDialog
        open={dialog === 'restore'}
        title={t('organisation.restoreTitle', { name: organisation.name })}
        description={t('organisation.restoreBody')}
        confirmLabel={t('common.restore')}
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await restore.mutateAsync(reason);
          notify(t('organisation.restored', { name: organisation.name }));
        }}
      />
    </>
  );
}

export default OrganisationDetailPage;
