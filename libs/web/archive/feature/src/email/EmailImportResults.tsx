import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { EmailImportResult } from '@gemeente-crm/web-archive-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';

const COLOURS = { created: 'success', duplicate: 'warning', refused: 'error' } as const;

/** What happened to each e-mail file: added (with its attachments), already there, or refused and why. */
export function EmailImportResults({ results }: { results: readonly EmailImportResult[] }) {
  const { t } = useTranslation();
  if (!results.length) return null;
  return (
    <Box component="section" aria-labelledby="email-import-results" sx={{ mt: 2 }}>
      <Typography id="email-import-results" component="h3" variant="h6" sx={{ mb: 1 }}>
        {t('emailImport.results')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
        {results.map((result, index) => (
          <Box component="li" key={`${result.fileName}-${index}`} sx={{ borderBottom: 1, borderColor: 'divider', pb: 1 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip size="small" color={COLOURS[result.status]} label={t(`emailImport.${result.status}`)} />
              <Typography component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                {result.fileName}
              </Typography>
              {result.subject ? <Typography component="span">– {result.subject}</Typography> : null}
            </Box>
            {result.detail ? (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {result.detail}
              </Typography>
            ) : null}
            {result.attachments.length ? (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {t('emailImport.attachments', { names: result.attachments.map((attachment) => attachment.fileName).join(', ') })}
              </Typography>
            ) : null}
            {result.skippedAttachments.map((skipped) => (
              <Typography key={skipped.fileName} variant="body2" sx={{ mt: 0.5 }}>
                {t('emailImport.skipped', { fileName: skipped.fileName, reason: skipped.message })}
              </Typography>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
