import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { PageHeader } from '@gemeente-crm/web-ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundPageTitle')} />
      <Typography sx={{ mb: 3 }}>{t('errors.notFoundPageBody')}</Typography>
      <Button variant="contained" href="/">
        {t('auth.toMyOverview')}
      </Button>
    </>
  );
}
