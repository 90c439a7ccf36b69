import { notesPlainText, sanitiseNotes } from './rich-text.js';

describe('sanitising the notes of a contact moment', () => {
  it('keeps the formatting the editor produces', () => {
    const html = '<p>Gesprek met <strong>Jan</strong> over <em>subsidie</em>.</p><ul><li>offerte</li><li>planning</li></ul>';
    expect(sanitiseNotes(html)?.html).toBe(html);
  });

  it('removes scripts, event handlers, styles, images and frames, content of scripts included', () => {
    const result = sanitiseNotes(
      '<p onclick="steal()" style="color:red">Hallo<script>alert(1)</script></p><img src=x onerror=alert(1)><iframe src="https://evil"></iframe><style>p{}</style>',
    );
    expect(result?.html).toBe('<p>Hallo</p>');
    expect(result?.text).toBe('Hallo');
  });

  it('keeps only http, https, mailto and tel links, and makes them open safely', () => {
    expect(sanitiseNotes('<a href="javascript:alert(1)">klik</a>')?.html).toBe('<a rel="noopener noreferrer nofollow">klik</a>');
    expect(sanitiseNotes('<a href="https://www.s-hertogenbosch.nl" target="_top" rel="opener">site</a>')?.html).toBe(
      '<a href="https://www.s-hertogenbosch.nl" rel="noopener noreferrer nofollow">site</a>',
    );
  });

  it('treats notes that are blank once sanitised as no notes', () => {
    expect(sanitiseNotes('')).toBeNull();
    expect(sanitiseNotes('  ')).toBeNull();
    expect(sanitiseNotes('<p> </p><script>x</script>')).toBeNull();
    expect(sanitiseNotes(null)).toBeNull();
  });

  it('accepts plain text and escapes what looks like markup', () => {
    expect(sanitiseNotes('Prijs < 100 & > 50')).toEqual({ html: 'Prijs &lt; 100 &amp; &gt; 50', text: 'Prijs < 100 & > 50' });
  });
});

describe('the plain text of notes', () => {
  it('puts paragraphs and list items on their own lines', () => {
    expect(notesPlainText('<h3>Afspraken</h3><p>Eerste&nbsp;regel<br>tweede regel</p><ol><li>bellen</li><li>mailen</li></ol><p>Einde</p>')).toBe(
      'Afspraken\nEerste regel\ntweede regel\n\n- bellen\n- mailen\nEinde',
    );
  });

  it('decodes entities to the characters they stand for', () => {
    expect(notesPlainText('<p>&quot;Van Dijk &amp; Zn.&quot; &lt;info@vandijk.nl&gt;</p>')).toBe('"Van Dijk & Zn." <info@vandijk.nl>');
  });
});
