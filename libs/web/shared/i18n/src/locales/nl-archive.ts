/**
 * Texts of documents (the archive) and adding e-mail to a relation. Kept few on purpose: every
 * key adds to the typed key union of `t()` (see the report on its size).
 */
export const nlArchive = {
  documents: {
    tab: 'Documenten',
    title: 'Documenten van {{name}}',
    empty: 'Er zijn nog geen documenten.',
    uploadLabel: 'Documenten toevoegen',
    uploadHint: 'Sleep bestanden hierheen of kies ze. PDF, afbeeldingen, Office-bestanden, e-mails, tekst en CSV; geen programma’s, HTML of SVG.',
    choose: 'Bestanden kiezen',
    uploading: 'Bezig met uploaden van {{fileName}}…',
    uploaded: '{{fileName}} is toegevoegd.',
    uploadFailed: '{{fileName}} is niet toegevoegd: {{reason}}',
    columns: { name: 'Naam', type: 'Soort', size: 'Grootte', date: 'Toegevoegd op', uploader: 'Door' },
    download: '{{fileName}} downloaden',
    archive: '{{fileName}} archiveren',
    archiveBody: 'Het document verdwijnt uit de lijst en de tijdlijn, maar blijft bewaard voor het archief. Geef een reden op.',
    archived: '{{fileName}} is gearchiveerd.',
  },
  emailImport: {
    button: 'E-mail toevoegen',
    title: 'E-mail toevoegen aan {{name}}',
    intro: 'Elke e-mail (.eml of Outlook .msg) wordt een contactmoment; bijlagen worden documenten bij het contactmoment en de relatie.',
    uploadLabel: 'E-mails toevoegen',
    uploadHint: 'Sleep .eml- of .msg-bestanden hierheen, of kies ze.',
    choose: 'E-mails kiezen',
    results: 'Resultaat per bestand',
    created: 'Toegevoegd',
    duplicate: 'Al eerder toegevoegd',
    refused: 'Niet toegevoegd',
    attachments: 'Bijlagen: {{names}}',
    skipped: 'Niet bewaard: {{fileName}} ({{reason}})',
  },
  timelineEmail: {
    fromTo: '{{from}} aan {{to}}',
    downloadAttachment: 'Bijlage {{fileName}} downloaden',
  },
} as const;
