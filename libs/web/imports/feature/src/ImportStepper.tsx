import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTranslation } from '@gemeente-crm/web-i18n';

const STEPS = ['file', 'mapping', 'dryRun', 'run'] as const;

/** Where the user is in the four steps; the current one is marked for screen readers too. */
export function ImportStepper({ active }: { active: 0 | 1 | 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Stepper activeStep={active} component="ol" aria-label={t('imports.stepsLabel')} sx={{ mb: 3, pl: 0, flexWrap: 'wrap', rowGap: 1 }}>
      {STEPS.map((step, index) => (
        <Step key={step} component="li" completed={index < active} aria-current={index === active ? 'step' : undefined}>
          <StepLabel>{t(`imports.steps.${step}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
