import { useTranslation } from '@gemeente-crm/web-i18n';

/** "—" on screen, "niet ingevuld" for screen readers. */
export function EmptyValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">{t('common.empty')}</span>
      <span className="visually-hidden">{t('common.notFilled')}</span>
    </>
  );
}
