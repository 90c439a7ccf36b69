import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useOrganisationHistory } from '@gemeente-crm/web-relations-data-access';
import { HistoryList } from '../shared/HistoryList';
import { useOrganisationContext } from './OrganisationDetailPage';

/** "Geschiedenis": the audit trail of this organisation, newest first, paged. */
export function HistoryTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisationContext();
  const [page, setPage] = useState(1);
  const history = useOrganisationHistory(organisation.id, page);
  return (
    <Box>
      <Typography variant="h2" sx={{ mb: 1 }}>
        {t('history.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('history.intro')}
      </Typography>
      <HistoryList history={history} page={page} onPage={setPage} />
    </Box>
  );
}

export default HistoryTab;
