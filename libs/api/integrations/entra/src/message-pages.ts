import { escapeHtml, htmlPage } from './html-page.js';

/** An OAuth/OIDC error the provider cannot send back to the client (unknown client, bad redirect URI...). */
export function errorPage(error: string, description: string | undefined): string {
  return htmlPage(
    'Er ging iets mis',
    `<h1>Er ging iets mis bij het inloggen</h1>
<p>Ga terug naar de applicatie en probeer het opnieuw. Blijft dit gebeuren, geef dan de gegevens hieronder door aan functioneel beheer.</p>
<dl>
<dt>Foutcode</dt><dd><code>${escapeHtml(error)}</code></dd>
${description ? `<dt>Omschrijving</dt><dd>${escapeHtml(description)}</dd>` : ''}
</dl>`,
  );
}

/** The login attempt is gone: it expired, was finished in another tab, or the provider restarted. */
export function expiredLoginPage(): string {
  return htmlPage(
    'Inlogpoging verlopen',
    `<h1>Deze inlogpoging is verlopen</h1>
<p>Ga terug naar de applicatie en log opnieuw in.</p>`,
  );
}

/** Asks before ending the session; `form` is oidc-provider's hidden form (with its CSRF token). */
export function logoutPage(form: string): string {
  return htmlPage(
    'Uitloggen',
    `<h1>Uitloggen</h1>
<p>Wil je uitloggen bij Gemeente CRM?</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Ja, uitloggen</button>
<button type="submit" form="op.logoutForm" class="secondary">Nee, ingelogd blijven</button>
</div>`,
  );
}

export function loggedOutPage(): string {
  return htmlPage('Uitgelogd', '<h1>Je bent uitgelogd</h1>\n<p>Je kunt dit venster sluiten.</p>');
}
