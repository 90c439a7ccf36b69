import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { organisationPath, personPath } from '../paths';
import { type RelationKind, useDuplicateCandidates } from './duplicatesApi';
import { mergePath } from './paths';
import { scoreText } from './score';

/** "Mogelijke dubbelen" on a detail page: other records that look like this one, to merge. */
export function DuplicateCandidatesPanel({ kind, id, archived }: { kind: RelationKind; id: string; archived: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('relations:duplicates') && !archived;
  const candidates = useDuplicateCandidates(kind, id, allowed);
  if (!allowed || !candidates.data?.items.length) return null;
  return (
    // role="region" (not Alert's default "alert"): it is a landmark to review, not an urgent announcement.
    <Alert severity="info" sx={{ mb: 3 }} component="section" role="region" aria-labelledby="duplicate-candidates-title">
      <AlertTitle id="duplicate-candidates-title" component="h2">
        {t('duplicates.candidatesTitle')}
      </AlertTitle>
      {t('duplicates.candidatesIntro')}
      <Box component="ul" sx={{ m: 0, mt: 1, pl: 2 }}>
        {candidates.data.items.map((candidate) => (
          <Box component="li" key={candidate.id} sx={{ mb: 1 }}>
            <Link href={kind === 'organisation' ? organisationPath(candidate.id) : personPath(candidate.id)}>{candidate.name}</Link>
            {' — '}
            {t('duplicates.candidateScore', { score: scoreText(candidate.score) })}
            {': '}
            {candidate.reasons.map((reason) => reason.label).join(', ')}
            {can('relations:merge') ? (
              <Button size="small" sx={{ ml: 1 }} href={mergePath(kind, id, candidate.id)} aria-label={t('duplicates.mergeWith', { name: candidate.name })}>
                {t('duplicates.merge')}
              </Button>
            ) : null}
          </Box>
        ))}
      </Box>
    </Alert>
  );
}
