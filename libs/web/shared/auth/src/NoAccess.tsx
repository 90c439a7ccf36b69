import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { PageHeader } from '@gemeente-crm/web-ui';
import { useSession } from './session';

/** "Geen toegang" (403): what happened, which roles the user has, and what to do about it. */
export function NoAccess({ asPage = true }: { asPage?: boolean }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const roleNames = roles.map((role) => t(`roles.${role}`)).join(', ');
  const body = (
    <>
      <Typography sx={{ mb: 2 }}>{t('auth.forbiddenBody')}</Typography>
      <Typography sx={{ mb: 3 }}>{roles.length ? t('auth.forbiddenRoles', { roles: roleNames }) : t('auth.forbiddenNoRoles')}</Typography>
      <Button variant="contained" href="/">
        {t('auth.toMyOverview')}
      </Button>
    </>
  );
  if (asPage) {
    return (
      <>
        <PageHeader title={t('auth.forbiddenTitle')} />
        {body}
      </>
    );
  }
  return (
    <Alert severity="info">
      <AlertTitle>{t('auth.forbiddenTitle')}</AlertTitle>
      {body}
    </Alert>
  );
}
