/**
 * The app declares its own icon, shipped in the bundle and served by the app, so no page asks
 * for /favicon.ico (a 404 in the console of every page) and nothing is fetched from elsewhere.
 */
import { test, expect } from './support/fixtures';

test('the icon is the app’s own file: no /favicon.ico request, no 404, nothing off this machine', async ({ app, page, baseURL }) => {
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });

  await app.goto('/');
  await app.startEmpty();
  await app.openModule('Equipment');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/^\.\/assets\/backdesk-[\w-]+\.svg$/);
  const icon = await page.request.get(new URL(href!, baseURL).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');

  // Give the browser its chance to fetch the icon, then look at everything the page asked for.
  await expect.poll(() => requested.some((u) => u.endsWith('.svg'))).toBe(true);
  expect(requested.filter((u) => u.includes('favicon'))).toEqual([]);
  expect(requested.filter((u) => !u.startsWith(baseURL!) && !/^(data|blob):/.test(u))).toEqual([]);
  expect(failed).toEqual([]);
  expect(consoleErrors.filter((e) => /404|favicon/i.test(e))).toEqual([]);
});
