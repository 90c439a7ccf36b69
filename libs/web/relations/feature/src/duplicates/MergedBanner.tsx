import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useOrganisation, usePerson } from '@gemeente-crm/web-relations-data-access';
import { organisationPath, personPath } from '../paths';

function OrganisationLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const survivor = useOrganisation(id);
  return <Link href={organisationPath(id)}>{survivor.data?.name ?? t('merge.mergedBannerFallback')}</Link>;
}

function PersonLink({ id }: { id: string }) {
  const { t } = useTranslation();
  const survivor = usePerson(id);
  return <Link href={personPath(id)}>{survivor.data?.displayName ?? t('merge.mergedBannerFallback')}</Link>;
}

/** On a merged (read-only) record: where its data and history live on now. */
export function MergedBanner({ kind, mergedIntoId }: { kind: 'organisation' | 'person'; mergedIntoId: string | null | undefined }) {
  const { t } = useTranslation();
  if (!mergedIntoId) return null;
  return (
    <Alert severity="info" sx={{ mb: 3 }} role="status">
      {t('merge.mergedBanner')} {kind === 'organisation' ? <OrganisationLink id={mergedIntoId} /> : <PersonLink id={mergedIntoId} />}.
    </Alert>
  );
}
