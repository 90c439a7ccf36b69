import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import SearchIcon from '@mui/icons-material/Search';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type KvkCompanyHit, type KvkCompanyProfile, type Organisation, useApiClient } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { fetchOrganisation, useCreateOrganisation, useOrganisation, useOwners, useRelationTypes, useUpdateOrganisation } from '@gemeente-crm/web-relations-data-access';
import { ErrorState, LoadingState, PageHeader, useNotify, useUnsavedChangesGuard } from '@gemeente-crm/web-ui';
import { ConflictDialog } from '../shared/ConflictDialog';
import { useRecordEditor } from '../shared/useRecordEditor';
import { ORGANISATIONS_PATH, organisationPath } from '../paths';
import { KvkSearchDialog } from './KvkSearchDialog';
import { organisationDisplayValue } from './organisationDisplay';
import { OrganisationForm, organisationFieldLabel } from './OrganisationForm';
import {
  applyKvkPrefill,
  changedOrganisationKeys,
  emptyOrganisationValues,
  ORGANISATION_FIELDS,
  ORGANISATION_KEYS,
  organisationInput,
  organisationPatch,
  organisationToValues,
  type OrganisationFormValues,
  reapplyOrganisationChanges,
  validateOrganisation,
} from './organisationForm';

function OrganisationEditor({ record }: { record?: Organisation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const client = useApiClient();
  const { me, roles, can } = useSession();
  const relationTypes = useRelationTypes();
  const owners = useOwners();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation(record?.id ?? '');
  const defaultOwner = roles.includes('accountmanager') ? (me?.id ?? '') : '';
  const emptyValues = useCallback(() => emptyOrganisationValues(defaultOwner), [defaultOwner]);

  const editor = useRecordEditor<OrganisationFormValues, Organisation>({
    draftKey: record ? `organisation:${record.id}:edit` : 'organisation:new',
    record,
    emptyValues,
    toValues: organisationToValues,
    fields: ORGANISATION_FIELDS,
    validate: (values) => validateOrganisation(values, t),
    save: async (values, base, reason) => {
      if (!base) return create.mutateAsync({ ...organisationInput(values), ...(reason ? { reason } : {}) });
      const patch = organisationPatch(organisationToValues(base), values);
      if (Object.keys(patch).length === 0) return base;
      return update.mutateAsync({ version: base.version, patch: { ...patch, ...(reason ? { reason } : {}) } });
    },
    ...(record ? { fetchCurrent: () => fetchOrganisation(client, record.id) } : {}),
    changedKeys: changedOrganisationKeys,
    reapply: reapplyOrganisationChanges,
  });
  const guard = useUnsavedChangesGuard(editor.dirty && !editor.submitting);
  const [kvkOpen, setKvkOpen] = useState(false);
  const [prefilled, setPrefilled] = useState<{ profile: KvkCompanyProfile; hit: KvkCompanyHit } | null>(null);

  const prefill = (profile: KvkCompanyProfile, hit: KvkCompanyHit) => {
    editor.setValues((previous) => applyKvkPrefill(previous, profile.organisation, hit));
    for (const field of ORGANISATION_FIELDS) if (field !== 'reason') editor.clearError(field);
    setPrefilled({ profile, hit });
  };

  const title = record ? t('organisation.editTitle', { name: record.name }) : t('organisation.newTitle');
  const backTo = record ? organisationPath(record.id) : ORGANISATIONS_PATH;

  const submit = async () => {
    const saved = await editor.submit();
    if (!saved) return;
    guard.allowNavigation();
    notify(record ? t('form.saved') : t('form.created', { name: saved.name }));
    void navigate(organisationPath(saved.id));
  };

  const display = (key: string, values: OrganisationFormValues): string =>
    organisationDisplayValue(t, key, values, { relationTypes: relationTypes.data, owners: owners.data, ownerFallback: editor.conflict?.current.ownerName });

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('relations.title'), to: ORGANISATIONS_PATH },
          ...(record ? [{ label: record.name, to: organisationPath(record.id) }] : []),
          { label: record ? t('common.edit') : t('organisation.newTitle') },
        ]}
        actions={
          !record && can('relations:read') ? (
            <Button variant="outlined" startIcon={<SearchIcon aria-hidden="true" />} onClick={() => setKvkOpen(true)}>
              {t('kvk.searchButton')}
            </Button>
          ) : undefined
        }
      />
      {prefilled ? (
        <Alert severity="info" role="status" sx={{ mb: 3 }} onClose={() => setPrefilled(null)} closeText={t('common.close')}>
          {t('kvk.prefilled', { name: prefilled.profile.name, kvkNumber: prefilled.profile.kvkNumber })}
          {prefilled.hit.type === 'branch' ? ` ${t('kvk.prefilledBranch')}` : null}
          {!prefilled.profile.active || !prefilled.hit.active ? ` ${t('kvk.prefilledEnded')}` : null}
        </Alert>
      ) : null}
      <OrganisationForm
        editor={editor}
        relationTypes={relationTypes.data ?? []}
        owners={owners.data ?? []}
        label={title}
        onSubmit={() => void submit()}
        onCancel={() => void navigate(backTo)}
      />
      {editor.conflict ? (
        <ConflictDialog
          conflict={editor.conflict}
          keys={ORGANISATION_KEYS}
          changedKeys={changedOrganisationKeys}
          label={(key) => organisationFieldLabel(t, key)}
          display={display}
          onReapply={editor.reapplyChanges}
          onDiscard={editor.discardChanges}
        />
      ) : null}
      {!record ? <KvkSearchDialog open={kvkOpen} onClose={() => setKvkOpen(false)} onChoose={prefill} /> : null}
      {guard.dialog}
    </>
  );
}

/** `/relaties/organisaties/nieuw` and `/relaties/organisaties/:id/bewerken`. */
export function OrganisationFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '' } = useParams();
  if (mode === 'create') return <OrganisationEditor />;
  return <EditOrganisation id={id} />;
}

function EditOrganisation({ id }: { id: string }) {
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <LoadingState />;
  if (organisation.isError) return <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />;
  return <OrganisationEditor key={id} record={organisation.data} />;
}

export default OrganisationFormPage;
