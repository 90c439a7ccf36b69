import { isValidWebsiteUrl, normaliseWebsiteUrl } from './website-url.js';

describe('website URL', () => {
  it('completes an address typed without scheme with https://', () => {
    expect(normaliseWebsiteUrl(' www.bakkerijvandijk.nl ')).toBe('https://www.bakkerijvandijk.nl');
    expect(normaliseWebsiteUrl('http://oud.voorbeeld.nl')).toBe('http://oud.voorbeeld.nl');
  });

  it.each(['https://www.s-hertogenbosch.nl', 'http://voorbeeld.nl/over-ons?x=1', 'https://xn--caf-dma.nl'])('accepts %s', (value) => {
    expect(isValidWebsiteUrl(value)).toBe(true);
  });

  it.each(['ftp://voorbeeld.nl', 'https://localhost', 'https://voorbeeld', 'https://user:pw@voorbeeld.nl', 'https://voor beeld.nl'])(
    'rejects %s',
    (value) => {
      expect(isValidWebsiteUrl(value)).toBe(false);
    },
  );

  it('does not turn a javascript: link into a website', () => {
    expect(isValidWebsiteUrl(normaliseWebsiteUrl('javascript:alert(1)'))).toBe(false);
  });
});
