import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type Person, useApiClient } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { fetchPerson, useCreatePerson, usePerson, useUpdatePerson } from '@gemeente-crm/web-relations-data-access';
import { ErrorState, LoadingState, PageHeader, useNotify, useUnsavedChangesGuard } from '@gemeente-crm/web-ui';
import { PERSONS_PATH, personPath } from '../paths';
import { ConflictDialog } from '../shared/ConflictDialog';
import { useRecordEditor } from '../shared/useRecordEditor';
import { PersonForm, personFieldLabel } from './PersonForm';
import {
  changedPersonKeys,
  emptyPersonValues,
  PERSON_FIELDS,
  PERSON_KEYS,
  personDisplayValue,
  personInput,
  personPatch,
  personToValues,
  type PersonFormValues,
  reapplyPersonChanges,
  validatePerson,
} from './personForm';

function PersonEditor({ record }: { record?: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const client = useApiClient();
  const { can } = useSession();
  const create = useCreatePerson();
  const update = useUpdatePerson(record?.id ?? '');
  const withBsn = can('persons:bsn');
  const emptyValues = useCallback(() => emptyPersonValues(withBsn), [withBsn]);

  const editor = useRecordEditor<PersonFormValues, Person>({
    draftKey: record ? `person:${record.id}:edit` : 'person:new',
    record,
    emptyValues,
    toValues: personToValues,
    fields: PERSON_FIELDS,
    validate: (values, { reason, base }) => {
      const errors = validatePerson(values, t);
      // The API requires a reason for a changed BSN (it is recorded that it changed, not the number).
      if (base && !reason && changedPersonKeys(personToValues(base), values).includes('bsn')) errors['reason'] = t('form.bsnReasonRequired');
      return errors;
    },
    save: async (values, base, reason) => {
      if (!base) return create.mutateAsync({ ...personInput(values), ...(reason ? { reason } : {}) });
      const patch = personPatch(personToValues(base), values);
      if (Object.keys(patch).length === 0) return base;
      return update.mutateAsync({ version: base.version, patch: { ...patch, ...(reason ? { reason } : {}) } });
    },
    ...(record ? { fetchCurrent: () => fetchPerson(client, record.id) } : {}),
    changedKeys: changedPersonKeys,
    reapply: reapplyPersonChanges,
  });
  const guard = useUnsavedChangesGuard(editor.dirty && !editor.submitting);
  const title = record ? t('person.editTitle', { name: record.displayName }) : t('person.newTitle');

  const submit = async () => {
    const saved = await editor.submit();
    if (!saved) return;
    guard.allowNavigation();
    notify(record ? t('form.saved') : t('form.created', { name: saved.displayName }));
    void navigate(personPath(saved.id));
  };

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('relations.title'), to: PERSONS_PATH },
          ...(record ? [{ label: record.displayName, to: personPath(record.id) }] : []),
          { label: record ? t('common.edit') : t('person.newTitle') },
        ]}
      />
      <PersonForm editor={editor} label={title} onSubmit={() => void submit()} onCancel={() => void navigate(record ? personPath(record.id) : PERSONS_PATH)} />
      {editor.conflict ? (
        <ConflictDialog
          conflict={editor.conflict}
          keys={PERSON_KEYS}
          changedKeys={changedPersonKeys}
          label={(key) => personFieldLabel(t, key)}
          display={(key, values) => personDisplayValue(key, values)}
          onReapply={editor.reapplyChanges}
          onDiscard={editor.discardChanges}
        />
      ) : null}
      {guard.dialog}
    </>
  );
}

function EditPerson({ id }: { id: string }) {
  const person = usePerson(id);
  if (person.isPending) return <LoadingState />;
  if (person.isError) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  return <PersonEditor key={id} record={person.data} />;
}

/** `/relaties/personen/nieuw` and `/relaties/personen/:id/bewerken`. */
export function PersonFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const { id = '' } = useParams();
  return mode === 'create' ? <PersonEditor /> : <EditPerson id={id} />;
}

export default PersonFormPage;
