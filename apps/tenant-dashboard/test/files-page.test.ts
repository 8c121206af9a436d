// The Files page in Debian's Chromium against the whole platform: upload an image through tus
// (on the dashboard's origin), see its thumbnail and the storage used, download it as an
// attachment, search, delete. Screenshots go to test-artifacts/.
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 90_000 });

let w: BrowserWorld;
let workspaceId: string;

beforeAll(async () => {
  w = await startBrowserWorld();
  const me = await w.graphql(`{ me { workspaces { id } } }`);
  workspaceId = me.me.workspaces[0].id;
  const { page } = w;
  await page.goto(w.dashboardUrl);
  await page.waitForURL(/\/login/);
  await page.getByRole('button', { name: 'Use it' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
}, 600_000);
afterAll(() => w?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await w.screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  expect(w.takeConsoleErrors()).toEqual([]);
});

describe('the Files page', () => {
  it('uploads an image, previews, downloads, searches and deletes it', async () => {
    const { page } = w;
    const png = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#2d7ff9' },
    })
      .png()
      .toBuffer();
    await page.getByRole('link', { name: 'Files' }).click();
    await page.waitForURL(new RegExp(`/w/${workspaceId}/files$`));
    await expect
      .poll(() => page.getByText('No files yet').isVisible(), { timeout: 20_000 })
      .toBe(true);

    await page
      .getByLabel('File to upload')
      .setInputFiles({ name: 'chart.png', mimeType: 'image/png', buffer: png });

    const row = page.getByRole('row', { name: /chart\.png/ });
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.getByRole('cell', { name: 'image/png' }).isVisible()).toBe(true);
    const preview = row.getByRole('img', { name: 'Preview of chart.png' });
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth), {
        timeout: 20_000,
      })
      .toBe(256);
    await expect
      .poll(() =>
        page.getByText(`${(png.length / 1024).toFixed(1)} KB of 10.00 GB used`).isVisible(),
      )
      .toBe(true);
    await w.screenshot('files-page');

    const href = await row.getByRole('link', { name: 'chart.png' }).getAttribute('href');
    expect(href).toMatch(/^\/files\/download\//);
    const download = await page.request.get(new URL(href!, w.dashboardUrl).toString());
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="chart.png"/);
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(Buffer.from(await download.body()).equals(png)).toBe(true);

    await page.getByLabel('Search files').fill('report');
    await expect.poll(() => page.getByText('No file matches').isVisible()).toBe(true);
    await page.getByLabel('Search files').fill('');
    await row.getByRole('button', { name: 'Delete chart.png' }).click();
    await expect
      .poll(() => page.getByText('No files yet').isVisible(), { timeout: 20_000 })
      .toBe(true);
    const left = await w.graphql(
      `query ($w: ID!) { files(workspaceId: $w) { edges { node { id } } } }`,
      { w: workspaceId },
    );
    expect(left.files.edges).toEqual([]);
  });

  it('shows why a file was refused: HTML bytes named .png', async () => {
    const { page } = w;
    await page.getByLabel('File to upload').setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<!doctype html><script>alert(1)</script>'),
    });
    await expect
      .poll(() => page.locator('p[role=alert]').textContent(), { timeout: 20_000 })
      .toBe('Files of type text/html are not accepted.');
    // The browser logs the refused request; nothing else went wrong.
    expect(w.takeConsoleErrors()).toEqual([
      expect.stringMatching(/status of 415 .*\/files\/uploads\//),
    ]);
    expect(await page.getByRole('row', { name: /fake\.png/ }).count()).toBe(0);
  });
});
