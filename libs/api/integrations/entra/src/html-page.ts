import { createHash } from 'node:crypto';

/**
 * Shared look of the provider's pages: plain HTML and one stylesheet, readable without the SPA,
 * WCAG 2.1 AA contrast (text at least 7:1 here, borders and focus rings at least 3:1), a visible
 * focus ring, and Dutch throughout.
 */
const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:#eef0f3;color:#1a1a1a;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:30rem;margin:2.5rem auto;padding:2rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 4px rgba(0,0,0,.25)}
h1{margin:0 0 1rem;font-size:1.5rem;line-height:1.25;color:#1f3a5f}
h2{margin:2rem 0 .5rem;font-size:1.125rem;color:#1f3a5f}
p{margin:0 0 1rem}
.field{margin-bottom:1rem}
label{display:block;margin-bottom:.25rem;font-weight:600}
input{display:block;width:100%;padding:.625rem .75rem;border:1px solid #5f6368;border-radius:.25rem;background:#fff;color:#1a1a1a;font:inherit}
input[aria-invalid="true"]{border:2px solid #b3261e}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin-top:1.5rem}
button{padding:.625rem 1.25rem;border:2px solid #1f3a5f;border-radius:.25rem;background:#1f3a5f;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:hover{background:#142843;border-color:#142843}
button.secondary{background:#fff;color:#1f3a5f}
button.secondary:hover{background:#e8edf3}
:focus-visible{outline:3px solid #c25400;outline-offset:2px}
.alert{margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid #b3261e;background:#fdecea;color:#7a1712;font-weight:600}
.note{color:#3d4248}
table{width:100%;border-collapse:collapse}
th,td{padding:.375rem .5rem;border-bottom:1px solid #8a9099;text-align:left}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9375rem}
dl{margin:0}dt{font-weight:600}dd{margin:0 0 .75rem}
`;

const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLES).digest('base64')}'`;

/** The Content-Security-Policy for these pages: no scripts, only this stylesheet, forms to `formTargets`. */
export function pageSecurityPolicy(formTargets: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    // Chrome applies form-action to the redirects after a submission too, and a login ends with a
    // redirect to the client application.
    `form-action 'self' ${formTargets.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function htmlPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Gemeente CRM</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
