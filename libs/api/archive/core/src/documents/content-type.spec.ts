import { detectContentType } from './content-type.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]);
const PLAIN_ZIP = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....setup.exe')]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('recognising what a file is from its bytes', () => {
  it.each([
    [PDF, 'offerte.pdf', 'application/pdf'],
    [PNG, 'logo.PNG', 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'foto.jpeg', 'image/jpeg'],
    [Buffer.from('GIF89a....'), 'animatie.gif', 'image/gif'],
    [DOCX, 'brief.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [OLE, 'oud.doc', 'application/msword'],
    [OLE, 'bericht.msg', 'application/vnd.ms-outlook'],
    [Buffer.from('naam;kvk\nBakkerij;12345678\n'), 'lijst.csv', 'text/csv'],
    [Buffer.from('Gespreksverslag\nAfspraken...'), 'verslag.txt', 'text/plain'],
    [Buffer.from('From: a@b.nl\r\nSubject: Hallo\r\n\r\nTekst'), 'mail.eml', 'message/rfc822'],
  ])('accepts %#: %s as %s', (data, name, type) => {
    expect(detectContentType(data, name)).toEqual({ type: expect.objectContaining({ contentType: type }), error: null });
  });

  it.each([
    [Buffer.from('MZ\x90\x00\x03'), 'factuur.pdf', 'document.executable'],
    [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]), 'programma', 'document.executable'],
    [Buffer.from('#!/bin/sh\nrm -rf /'), 'script.txt', 'document.executable'],
    [Buffer.from('alert(1)'), 'virus.js', 'document.executable'],
    [Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'pagina.txt', 'document.type-not-allowed'],
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.svg', 'document.type-not-allowed'],
    [PLAIN_ZIP, 'archief.zip', 'document.type-not-allowed'],
    [OLE, 'onbekend.bin', 'document.type-not-allowed'],
    [PDF, 'offerte.exe', 'document.extension-mismatch'],
    [PNG, 'logo.pdf', 'document.extension-mismatch'],
  ])('refuses %#: %s', (data, name, code) => {
    expect(detectContentType(data, name).error?.code).toBe(code);
  });
});
