/**
 * The Team archive section of Settings as the team-archive specs drive it: open and close it, read
 * its last-sync stamp, and connect a laptop (shared, so every spec connects the same way).
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Where and as whom a laptop connects. */
export interface TeamLogin {
  url: string;
  database: string;
  user: string;
  password: string;
}

/** The Team archive region of Settings (visible only while Settings is open). */
export function teamRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Team archive' });
}

/** Opens Settings unless it is open already; resolves with the Team archive region. */
export async function openTeamArchive(page: Page): Promise<Locator> {
  const region = teamRegion(page);
  if (!(await region.isVisible())) await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(region).toBeVisible();
  return region;
}

export async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(teamRegion(page)).toBeHidden();
}

/** The `data-synced-at` stamp of the status line (0 before any sync). */
export async function syncedAt(page: Page): Promise<number> {
  return Number((await teamRegion(page).getByRole('status').first().getAttribute('data-synced-at')) ?? 0);
}

/**
 * Fills in the connection form and presses Connect. `team` starts from the team's archive (the
 * confirmation is accepted); otherwise the local archive is added to the team's.
 */
export async function connect(page: Page, login: TeamLogin, choice: 'add-local' | 'team' = 'add-local'): Promise<void> {
  const region = await openTeamArchive(page);
  await region.getByRole('textbox', { name: 'Server URL' }).fill(login.url);
  await region.getByRole('textbox', { name: 'Database' }).fill(login.database);
  await region.getByRole('textbox', { name: 'User name' }).fill(login.user);
  await region.getByRole('textbox', { name: 'Password' }).fill(login.password);
  if (choice === 'team') {
    page.once('dialog', (dialog) => void dialog.accept());
    await region.getByRole('radio', { name: /Start from the team's archive/ }).check();
  }
  await region.getByRole('button', { name: 'Connect', exact: true }).click();
}

/** Connects, waits for the first sync to finish without an error, and closes Settings. */
export async function connectAndSync(page: Page, login: TeamLogin, choice: 'add-local' | 'team' = 'add-local'): Promise<void> {
  await connect(page, login, choice);
  const region = teamRegion(page);
  await expect(region.getByRole('status').first()).toContainText('Last sync', { timeout: 60_000 });
  await expect(region.getByRole('alert')).toHaveCount(0);
  await closeSettings(page);
}
