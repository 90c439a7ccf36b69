import { type DemoUser } from './demo-users.js';
import { escapeHtml, htmlPage } from './html-page.js';

export const UNKNOWN_CREDENTIALS_MESSAGE = 'Onbekende gebruikersnaam of wachtwoord';

export interface LoginPageOptions {
  /** Where the form posts the credentials. */
  loginAction: string;
  /** Where "Annuleren" posts, ending the login without signing in. */
  abortAction: string;
  demoUsers: readonly DemoUser[];
  username?: string;
  /** Show the "unknown user name or password" message. */
  failed?: boolean;
}

/** The demo provider's login form, with the demo accounts (and their password) listed below it. */
export function loginPage(options: LoginPageOptions): string {
  const { failed = false, username = '' } = options;
  const invalid = failed ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  // Focus lands where typing continues: the password when the user name is already filled in.
  const focusUsername = username === '' ? ' autofocus' : '';
  const focusPassword = username === '' ? '' : ' autofocus';
  const accounts = options.demoUsers
    .map((user) => `<tr><td><code>${escapeHtml(user.login)}</code></td><td>${escapeHtml(user.displayName)}</td></tr>`)
    .join('\n');
  const password = options.demoUsers[0]?.password ?? '';

  return htmlPage(
    'Inloggen',
    `<h1>Inloggen bij Gemeente CRM</h1>
<p class="note">Dit is de demo-inlogomgeving van Gemeente CRM. In productie log je in met je gemeenteaccount.</p>
${failed ? `<p class="alert" role="alert" id="login-error">${UNKNOWN_CREDENTIALS_MESSAGE}</p>` : ''}
<form method="post" action="${escapeHtml(options.loginAction)}">
<div class="field">
<label for="username">Gebruikersnaam</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(username)}"${invalid}${focusUsername}>
</div>
<div class="field">
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${focusPassword}>
</div>
<div class="actions">
<button type="submit">Inloggen</button>
<button type="submit" class="secondary" form="abort-login">Annuleren</button>
</div>
</form>
<form id="abort-login" method="post" action="${escapeHtml(options.abortAction)}"></form>
<h2>Demo-accounts</h2>
<p>Er is een account per rol. Het wachtwoord is steeds <code>${escapeHtml(password)}</code>.</p>
<table>
<thead><tr><th scope="col">Gebruikersnaam</th><th scope="col">Naam</th></tr></thead>
<tbody>
${accounts}
</tbody>
</table>`,
  );
}
