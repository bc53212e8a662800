import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('the app loads with no console errors and an inviting empty state', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '0 bulletins' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search archive' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Content-Security-Policy is in force: no inline or remote scripts', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  // A violation event proves the browser enforces the policy, not just that the tag exists.
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.src = 'https://example.invalid/x.js';
    document.head.append(script);
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
    await new Promise((r) => setTimeout(r, 300));
    return { violations, inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
});

test('sidebar navigation works', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation');
  for (const name of ['Library', 'Tags', 'Saved searches', 'Dossiers']) await expect(nav.getByText(name, { exact: true })).toBeVisible();
  await nav.getByRole('button', { name: 'Trash' }).click();
  await expect(nav.getByRole('button', { name: 'Trash' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Empty Trash' })).toBeVisible();
  await nav.getByRole('button', { name: 'Library' }).click();
  await expect(nav.getByRole('button', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Your archive is empty' })).toBeVisible();
});

test('switching to Spanish in Settings changes the labels, and it is remembered', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Interface language').selectOption('es');
  await expect(page.getByRole('button', { name: 'Importar', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Buscar en el archivo' })).toBeVisible();
  await expect(page.getByRole('navigation').getByText('Biblioteca')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Importar', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the UI follows a Spanish system locale', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-PE' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Importar', exact: true })).toBeVisible();
  await context.close();
});

test('"/" focuses the search box', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search archive' })).toBeFocused();
});

test('the theme follows the system and can be chosen in Settings', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('./');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(23, 25, 28)');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme').selectOption('light');
  await expect.poll(background).toBe('rgb(247, 247, 245)');
  await context.close();
});
