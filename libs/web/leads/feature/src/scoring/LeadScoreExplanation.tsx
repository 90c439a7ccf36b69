import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { SCORING_MODEL_PATH } from './routes';
import type { LeadScore } from './useLeadScores';

/**
 * Why a lead has its score: the largest contributions as plain Dutch sentences ("+18: 4
 * contactmomenten in de laatste 30 dagen"), the model version, and the reminder that the score
 * decides nothing. Used in the board's score dialog and on the lead's detail page.
 */
export function LeadScoreExplanation({ score, headingLevel = 'h3' }: { score: LeadScore; headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="subtitle1" component={headingLevel}>
        {t('leadScore.explanation')}
      </Typography>
      {score.contributions.length ? (
        <List dense disablePadding>
          {score.contributions.map((contribution) => (
            <ListItem key={contribution.factorId} disableGutters>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {contribution.text}
              </Typography>
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2">{t('leadScore.noContributions')}</Typography>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t('leadScore.meta', { version: score.modelVersion, date: formatDateTime(score.computedAt) })}
      </Typography>
      <Alert severity="info" sx={{ mt: 1 }}>
        {t('leadScore.disclaimer')}{' '}
        <Link component={RouterLink} to={SCORING_MODEL_PATH}>
          {t('leadScore.howItWorks')}
        </Link>
      </Alert>
    </>
  );
}
