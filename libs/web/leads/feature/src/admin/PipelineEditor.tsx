import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { fieldErrorMessages, isApiError } from '@gemeente-crm/web-api-client';
import { type Pipeline, type RequirableLeadField, useSavePipeline } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';

/** The lead fields a stage can require, in the order the editor offers them. */
export const REQUIRABLE_FIELDS: RequirableLeadField[] = [
  'expectedValueCents',
  'probability',
  'expectedDecisionDate',
  'nextAction',
  'nextActionDate',
  'ownerId',
  'sourceCode',
  'notes',
];

interface StageDraft {
  key: string;
  id: string | null;
  name: string;
  defaultProbability: string;
  requiredFields: RequirableLeadField[];
}

let keys = 0;
const nextKey = () => `stage-${(keys += 1)}`;

/**
 * Name, department and stages of a pipeline: order with up/down buttons (no dragging needed),
 * default probability and required fields per stage. Existing stages keep their id, so the API
 * knows a renamed or moved stage from a new one.
 */
export function PipelineEditor({ pipeline, onSaved }: { pipeline: Pipeline | null; onSaved: (pipeline: Pipeline) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSavePipeline();
  const [name, setName] = useState(pipeline?.name ?? '');
  const [department, setDepartment] = useState(pipeline?.department ?? '');
  const [stages, setStages] = useState<StageDraft[]>(
    pipeline?.stages.map((stage) => ({
      key: nextKey(),
      id: stage.id,
      name: stage.name,
      defaultProbability: String(stage.defaultProbability),
      requiredFields: stage.requiredFields,
    })) ?? [{ key: nextKey(), id: null, name: '', defaultProbability: '10', requiredFields: [] }],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string | null>(null);

  const change = (index: number, patch: Partial<StageDraft>) => setStages((current) => current.map((stage, i) => (i === index ? { ...stage, ...patch } : stage)));
  const moveStage = (index: number, by: -1 | 1) =>
    setStages((current) => {
      const next = [...current];
      const [stage] = next.splice(index, 1);
      next.splice(index + by, 0, stage!);
      return next;
    });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setConflict(null);
    const input = {
      name,
      department,
      stages: stages.map((stage) => ({
        ...(stage.id ? { id: stage.id } : {}),
        name: stage.name,
        defaultProbability: Number(stage.defaultProbability || 0),
        requiredFields: stage.requiredFields,
      })),
    };
    save.mutate(
      { id: pipeline?.id ?? null, version: pipeline?.version ?? null, input },
      {
        onSuccess: (saved) => {
          setErrors({});
          notify(t('leads.admin.saved', { name: saved.name }));
          onSaved(saved);
        },
        onError: (error) => {
          setErrors(fieldErrorMessages(error));
          if (isApiError(error) && error.kind === 'conflict') setConflict(error.problem?.detail ?? errorMessage(t, error));
          else if (!Object.keys(fieldErrorMessages(error)).length) notify(errorMessage(t, error), 'error');
        },
      },
    );
  };

  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2} aria-label={pipeline ? pipeline.name : t('leads.admin.newPipeline')}>
      {conflict ? <Alert severity="error">{conflict}</Alert> : null}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField id="pipeline-name" label={t('leads.admin.name')} value={name} onChange={(event) => setName(event.target.value)} required fullWidth error={!!errors['name']} helperText={errors['name']} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            id="pipeline-department"
            label={t('leads.admin.department')}
            value={department}
            onChange={(event) => setDepartment(event.target.value)}
            required
            fullWidth
            error={!!errors['department']}
            helperText={errors['department']}
          />
        </Grid>
      </Grid>
      <Typography variant="h6" component="h3">
        {t('leads.admin.stages')}
      </Typography>
      {errors['stages'] ? <Alert severity="error">{errors['stages']}</Alert> : null}
      <Stack component="ol" spacing={2} sx={{ p: 0, m: 0, listStyle: 'none' }}>
        {stages.map((stage, index) => {
          const number = index + 1;
          const label = stage.name || String(number);
          return (
            <Paper component="li" key={stage.key} variant="outlined" sx={{ p: 2 }}>
              <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
                <Grid size={{ xs: 12, md: 4 }}>
                  <TextField
                    id={`${stage.key}-name`}
                    label={t('leads.admin.stageName', { number })}
                    value={stage.name}
                    onChange={(event) => change(index, { name: event.target.value })}
                    required
                    fullWidth
                    error={!!errors[`stages.${index}.name`]}
                    helperText={errors[`stages.${index}.name`]}
                  />
                </Grid>
                <Grid size={{ xs: 12, md: 2 }}>
                  <TextField
                    id={`${stage.key}-probability`}
                    type="number"
                    label={t('leads.admin.defaultProbability', { number })}
                    value={stage.defaultProbability}
                    onChange={(event) => change(index, { defaultProbability: event.target.value })}
                    fullWidth
                    slotProps={{ htmlInput: { min: 0, max: 100 } }}
                    error={!!errors[`stages.${index}.defaultProbability`]}
                    helperText={errors[`stages.${index}.defaultProbability`]}
                  />
                </Grid>
                <Grid size={{ xs: 12, md: 4 }}>
                  <FormControl component="fieldset">
                    <FormLabel component="legend">{t('leads.admin.requiredFields', { number })}</FormLabel>
                    <FormGroup row>
                      {REQUIRABLE_FIELDS.map((field) => (
                        <FormControlLabel
                          key={field}
                          label={t(`leads.fields.${field}`)}
                          control={
                            <Checkbox
                              size="small"
                              checked={stage.requiredFields.includes(field)}
                              onChange={(event) =>
                                change(index, {
                                  requiredFields: event.target.checked
                                    ? REQUIRABLE_FIELDS.filter((candidate) => candidate === field || stage.requiredFields.includes(candidate))
                                    : stage.requiredFields.filter((candidate) => candidate !== field),
                                })
                              }
                            />
                          }
                        />
                      ))}
                    </FormGroup>
                  </FormControl>
                </Grid>
                <Grid size={{ xs: 12, md: 2 }}>
                  <IconButton aria-label={t('leads.admin.moveUp', { name: label })} disabled={index === 0} onClick={() => moveStage(index, -1)}>
                    <ArrowUpwardIcon />
                  </IconButton>
                  <IconButton aria-label={t('leads.admin.moveDown', { name: label })} disabled={index === stages.length - 1} onClick={() => moveStage(index, 1)}>
                    <ArrowDownwardIcon />
                  </IconButton>
                  <IconButton
                    aria-label={t('leads.admin.removeStage', { name: label })}
                    disabled={stages.length === 1}
                    onClick={() => setStages((current) => current.filter((_, i) => i !== index))}
                  >
                    <DeleteIcon />
                  </IconButton>
                </Grid>
              </Grid>
            </Paper>
          );
        })}
      </Stack>
      <Stack direction="row" spacing={1}>
        <Button startIcon={<AddIcon />} onClick={() => setStages((current) => [...current, { key: nextKey(), id: null, name: '', defaultProbability: '10', requiredFields: [] }])}>
          {t('leads.admin.addStage')}
        </Button>
        <Button type="submit" variant="contained" disabled={save.isPending}>
          {t('leads.admin.save')}
        </Button>
      </Stack>
    </Stack>
  );
}
