import { normaliseTags } from './tags.js';

describe('tags', () => {
  it('are trimmed, lower-cased and de-duplicated, in the order first given', () => {
    expect(normaliseTags([' Horeca', 'horeca ', 'HORECA', 'Social   Return', '', 'binnenstad'])).toEqual(['horeca', 'social return', 'binnenstad']);
  });
});
