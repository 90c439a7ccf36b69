import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, pageHeading, uniqueName } from './support/app.js';
import { callApi } from './support/server.js';

/** Where the focus is, and whether it shows (an outline, or the focused outline of an MUI input). */
function focusState(target: HTMLElement | SVGElement | null = null) {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return { visible: false, onTarget: false, description: 'nothing' };
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const muiInput = Boolean(element.closest('.MuiInputBase-root.Mui-focused'));
  const box = element.getBoundingClientRect();
  return {
    visible: (outline || muiInput) && box.width > 0 && box.height > 0,
    onTarget: element === target,
    description: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`,
  };
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return (await page.evaluate(focusState, null)).visible;
}

/** Presses Tab until `target` has focus; every stop on the way must show where the focus is. */
async function tabTo(page: Page, target: Locator, { max = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    let state = await target.evaluate(focusState);
    // MUI marks keyboard focus (.Mui-focusVisible) right after the focus event: look again briefly.
    for (let tries = 0; !state.visible && tries < 20; tries++) {
      await page.waitForTimeout(100);
      state = await target.evaluate(focusState);
    }
    expect(state.visible, `visible focus on ${state.description}`).toBe(true);
    if (state.onTarget) return;
  }
  throw new Error(`${target} not reached with ${max} presses of Tab`);
}

test('an organisation can be found, opened and edited with the keyboard only', async ({ page }) => {
  const name = uniqueName('Toetsenbordwinkel');
  await callApi('accountmanager', 'POST', '/organisations', { body: { name, phone: '073 200 3000' } });

  // Logging in: the user name field has focus, the form submits with Enter.
  await page.goto('/relaties/organisaties');
  await expect(page.getByLabel('Gebruikersnaam')).toBeFocused();
  await page.keyboard.type('accountmanager');
  await page.keyboard.press('Tab');
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(pageHeading(page)).toHaveText('Relaties: Organisaties');

  // The first Tab reaches the skip link, which is then visible and jumps to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de hoofdinhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expect.poll(() => focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await tabTo(page, search);
  await page.keyboard.type(name.split(' ')[0]!.slice(0, 10));
  const link = page.getByRole('table', { name: 'Organisaties' }).getByRole('link', { name });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(pageHeading(page)).toHaveText(name);
  // After navigating, focus is on the new page's heading.
  await expect(pageHeading(page)).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Bewerken' }));
  await page.keyboard.press('Enter');
  await expect(pageHeading(page)).toHaveText(`${name} bewerken`);
  await expect(pageHeading(page)).toBeFocused();

  const phone = page.getByLabel('Telefoonnummer');
  await tabTo(page, phone);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('073 200 4000');
  await tabTo(page, page.getByLabel('Reden van de wijziging (optioneel)'));
  await page.keyboard.type('Nummer gewijzigd per telefoon');
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }));
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');

  await expect(page.getByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
  await expect(pageHeading(page)).toHaveText(name);
  await expect(pageHeading(page)).toBeFocused();

  // The tabs are one stop; the arrow keys move between them.
  await tabTo(page, page.getByRole('tab', { name: 'Overzicht' }));
  const history = page.getByRole('tab', { name: 'Geschiedenis' });
  for (let presses = 0; presses < 6 && !(await history.evaluate((tab) => tab === document.activeElement)); presses++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusIsVisible(page)).toBe(true);
  }
  await expect(history).toBeFocused();
  await page.keyboard.press('Enter');
  const latest = page.getByRole('list', { name: 'Geschiedenis' }).getByRole('listitem').first();
  await expect(latest).toContainText('Reden: Nummer gewijzigd per telefoon');
  await expect(history).toBeFocused();
  await expect(history).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page);
});
