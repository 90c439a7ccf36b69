import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import MailIcon from '@mui/icons-material/Mail';
import { useId, useState } from 'react';
import { ACCEPTED_EMAIL_TYPES, type EmailImportResult, useImportEmails } from '@gemeente-crm/web-archive-data-access';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage } from '@gemeente-crm/web-ui';
import type { RelationSlotProps } from '../types';
import { UploadZone } from '../upload/UploadZone';
import { EmailImportResults } from './EmailImportResults';

/** "E-mail toevoegen" in the header of an organisation or person: drop or choose .eml/.msg files. */
export function EmailImportButton({ relation }: RelationSlotProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  if (!can('documents:write') || !can('interactions:write') || relation.archived) return null;
  return (
    <>
      <Button variant="outlined" startIcon={<MailIcon aria-hidden="true" />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('emailImport.button')}
      </Button>
      {open ? <EmailImportDialog relation={relation} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export function EmailImportDialog({ relation, onClose }: RelationSlotProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const importEmails = useImportEmails(relation);
  const [results, setResults] = useState<EmailImportResult[]>([]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{t('emailImport.title', { name: relation.name })}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t('emailImport.intro')}</Typography>
        <UploadZone
          label={t('emailImport.uploadLabel')}
          hint={t('emailImport.uploadHint')}
          chooseLabel={t('emailImport.choose')}
          accept={ACCEPTED_EMAIL_TYPES}
          disabled={importEmails.isPending}
          onFiles={(files) => importEmails.mutate(files, { onSuccess: (next) => setResults((previous) => [...next, ...previous]) })}
        />
        {importEmails.isPending ? <LinearProgress sx={{ mt: 2 }} aria-label={t('app.loading')} /> : null}
        {importEmails.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errorMessage(t, importEmails.error)}
          </Alert>
        ) : null}
        <div role="status" aria-live="polite">
          <EmailImportResults results={results} />
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export default EmailImportButton;
