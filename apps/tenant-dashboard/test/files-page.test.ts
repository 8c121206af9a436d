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

  it('imports a CSV with the wizard: preview, mapping, a merge key, progress, the report', async () => {
    const { page } = w;
    const lines = ['SKU,Price,Since'];
    for (let i = 1; i <= 12; i++)
      lines.push(`W-${i},${i === 4 ? 'lots' : `$${i}.25`},2025-03-${String(i).padStart(2, '0')}`);
    await page.getByLabel('File to upload').setInputFiles({
      name: 'prices.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    const row = page.getByRole('row', { name: /prices\.csv/ });
    await row.getByRole('button', { name: 'Import' }).click();

    const dialog = page.getByRole('dialog', { name: 'Import prices.csv' });
    await expect
      .poll(() => dialog.getByRole('table', { name: 'Preview' }).isVisible(), { timeout: 20_000 })
      .toBe(true);
    // One price is not a number, so the column reads as text; the person maps it to currency.
    expect(await dialog.getByLabel('Type of Price').inputValue()).toBe('singleLineText');
    await dialog.getByLabel('Type of Price').selectOption('currency');
    expect(await dialog.getByLabel('Type of Since').inputValue()).toBe('date');
    await dialog.getByLabel('New table name').fill('Wizard prices');
    await dialog.getByLabel(/Merge key/).selectOption('SKU');
    await dialog.getByRole('button', { name: 'Start import' }).click();

    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 60_000 })
      .toContain('Done: 11 rows written, 1 not imported');
    const rejected = dialog.getByRole('table', { name: 'Rows not imported' });
    expect(await rejected.getByRole('row').nth(1).textContent()).toBe(
      '5Price"lots" is not a number.',
    );
    expect(await dialog.getByLabel('Import progress').getAttribute('value')).toBe('12');
    await w.screenshot('import-wizard');
    const bases = await w.graphql(
      `{ me { workspaces { bases { tables { name recordCount } } } } }`,
    );
    const tables = bases.me.workspaces[0].bases.flatMap((b: { tables: unknown[] }) => b.tables);
    expect(tables).toContainEqual({ name: 'Wizard prices', recordCount: 11 });
    await dialog.getByRole('button', { name: 'Close' }).click();
  });
});
