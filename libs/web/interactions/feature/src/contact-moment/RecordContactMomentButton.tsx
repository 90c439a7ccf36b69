import Button from '@mui/material/Button';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { useState } from 'react';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import type { RelationSlotProps } from '../types';
import { ContactMomentDialog } from './ContactMomentDialog';

/** "Contactmoment vastleggen" in the header of an organisation or person (not when archived). */
export function RecordContactMomentButton({ relation }: RelationSlotProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  if (!can('interactions:write') || relation.archived) return null;
  return (
    <>
      <Button variant="contained" startIcon={<AddCommentIcon aria-hidden="true" />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('contactMoment.record')}
      </Button>
      {open ? <ContactMomentDialog relation={relation} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

export default RecordContactMomentButton;
