import { algorithmRegisterEntry } from './algorithm-register.js';
import { SCORING_FACTORS } from './scoring-factors.js';

describe('Algoritmeregister entry', () => {
  const source = '# Leadscore\n\n## Gebruikte gegevens\n\n{{gegevens}}\n\n## Technische werking\n\n{{factoren}}\n\n{{gewichten}}\n';

  it('describes every factor, the data it uses and its default weight, from the code', () => {
    const { markdown, json } = algorithmRegisterEntry(source);
    for (const factor of SCORING_FACTORS) {
      expect(markdown).toContain(`**${factor.label}**`);
      expect(markdown).toContain(factor.computation);
      for (const data of factor.dataUsed) expect(markdown).toContain(`- ${data}`);
    }
    expect(markdown).toContain('| Fase | Fase en ouderdom | plus | 45 |');
    expect(JSON.parse(json)).toMatchObject({ naam: 'Leadscore', gebruikte_gegevens: expect.stringContaining('SBI-codes'), technische_werking: expect.any(String) });
  });

  it('refuses unknown placeholders, so a typo cannot leave a hole in the public text', () => {
    expect(() => algorithmRegisterEntry('# X\n\n{{gewicten}}')).toThrow('gewicten');
  });
});
