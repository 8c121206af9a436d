// The grid as a spreadsheet and the dashboard on any screen, in Debian's Chromium against the
// whole platform: type into a cell and find the value in airtable-local, paste a 3×3 block
// from a spreadsheet, undo an edit and a deletion, the phone and tablet layouts, and axe-core
// on each of these screens.
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBrowserWorld, type BrowserWorld } from './browser-harness.ts';

vi.setConfig({ testTimeout: 90_000 });

const require = createRequire(import.meta.url);
let w: BrowserWorld;
let baseId: string;
let dealsUrl: string;

beforeAll(async () => {
  w = await startBrowserWorld();
  baseId = w.platform.airtableLocal.demoBaseId!;
  const { page } = w;
  await page.goto(`${w.dashboardUrl}/login`);
  await page.getByRole('button', { name: 'Use it' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  const deals = page.getByRole('link', { name: /Deals\s+300 records/ }).first();
  dealsUrl = new URL((await deals.getAttribute('href', { timeout: 60_000 }))!, w.dashboardUrl).href;
}, 300_000);
afterAll(() => w?.close());
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await w.screenshot(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  expect(w.takeConsoleErrors()).toEqual([]);
});

const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

/** A record as airtable-local has it (what Airtable itself would answer). */
async function inAirtable(recordId: string): Promise<{ status: number; fields: any }> {
  const local = w.platform.airtableLocal;
  for (;;) {
    const res = await fetch(`${local.url}/v0/${baseId}/Deals/${recordId}`, {
      headers: { authorization: `Bearer ${local.token}` },
    });
    // Our reads share the base's pace with the platform's writes: wait out a 429.
    if (res.status === 429) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    return { status: res.status, fields: res.ok ? ((await res.json()) as any).fields : null };
  }
}

/** Polls airtable-local gently, leaving the platform most of the base's 10 requests/s. */
const inAirtableEventually = <T>(read: () => Promise<T>) =>
  expect.poll(read, { timeout: 45_000, interval: 1000 });

const grid = () => w.page.getByRole('grid', { name: 'Deals records' });
const rowAt = (index: number) => w.page.locator(`[role="row"][aria-rowindex="${index + 2}"]`);
const cellAt = (index: number, col: number) => rowAt(index).locator(`[aria-colindex="${col + 2}"]`);
const recordIdAt = async (index: number) => (await rowAt(index).getAttribute('data-record-id'))!;

/** Opens Deals at 1440 px and puts the active cell on a row and column. */
async function openDeals(row: number, col: number) {
  const { page } = w;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(dealsUrl);
  await eventually(() => page.locator('.record-count').textContent()).toMatch(/^\d+ records$/);
  await eventually(() => rowAt(row).getAttribute('data-record-id')).toMatch(/^rec/);
  await grid().focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
}

/** Pastes text into the grid as a spreadsheet's copy would arrive. */
function paste(text: string) {
  return w.page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document
      .querySelector('[role="grid"]')!
      .dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
  }, text);
}

/** Serious and critical axe-core violations on the page as it is now. */
async function axeViolations(): Promise<string[]> {
  const { page } = w;
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(async () => {
    const axe = (window as any).axe;
    const found = await axe.run(document, { resultTypes: ['violations'] });
    return found.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return results
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; nodes: string[] }) => `${v.id}: ${v.nodes.join(', ')}`);
}

// Columns of Deals, after the row number: Name, Stage, Amount, Probability, …
const NAME = 0;
const STAGE = 1;
const AMOUNT = 2;

describe('the grid as a spreadsheet', () => {
  it('types into a cell, commits with Enter, cancels with Escape, and undoes with Ctrl+Z', async () => {
    const { page } = w;
    await openDeals(0, AMOUNT);
    const recordId = await recordIdAt(0);
    const before = (await inAirtable(recordId)).fields.Amount;

    await page.keyboard.type('4321');
    await eventually(() => page.getByLabel('Edit Amount').inputValue()).toBe('4321');
    await w.screenshot('grid-typing');
    await page.keyboard.press('Enter');
    // Shown at once, then confirmed by Airtable.
    await eventually(() => cellAt(0, AMOUNT).textContent()).toBe('$4,321');
    await inAirtableEventually(async () => (await inAirtable(recordId)).fields.Amount).toBe(4321);
    await eventually(() => cellAt(0, AMOUNT).getAttribute('aria-busy')).toBeNull();
    expect(await axeViolations()).toEqual([]);

    // Enter moved the active cell down; Escape drops what was typed there.
    const second = await recordIdAt(1);
    const secondBefore = (await inAirtable(second)).fields.Amount;
    await page.keyboard.type('99');
    await page.keyboard.press('Escape');
    await eventually(() => page.getByLabel('Edit Amount').count()).toBe(0);
    expect((await inAirtable(second)).fields.Amount).toBe(secondBefore);

    // A value that cannot convert is marked and not sent.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByLabel('Edit Amount').fill('a lot');
    await page.keyboard.press('Enter');
    await eventually(() => page.locator('.grid-edit-problem').textContent()).toContain(
      '“a lot” cannot go in Amount: enter a number',
    );
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+z');
    await inAirtableEventually(async () => (await inAirtable(recordId)).fields.Amount).toBe(before);
    await page.getByRole('status').filter({ hasText: 'Undid the change to 1 cell.' }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await inAirtableEventually(async () => (await inAirtable(recordId)).fields.Amount).toBe(4321);
  });

  it('commits with Tab and moves right, and picks a select from its list', async () => {
    const { page } = w;
    await openDeals(2, NAME);
    const recordId = await recordIdAt(2);
    const name = `Typed in the grid ${Date.now()}`;
    await page.keyboard.press('F2');
    await page.getByLabel('Edit Name').fill(name);
    await page.keyboard.press('Tab');
    await eventually(() => cellAt(2, STAGE).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const picker = page.getByLabel('Edit Stage');
    const current = (await inAirtable(recordId)).fields.Stage;
    const other = current === 'Won' ? 'Lost' : 'Won';
    await picker.selectOption(other);
    await inAirtableEventually(async () => {
      const { fields } = await inAirtable(recordId);
      return [fields.Name, fields.Stage];
    }).toEqual([name, other]);
  });

  it('pastes a 3×3 block from a spreadsheet, converting each value for its field', async () => {
    const { page } = w;
    await openDeals(3, NAME);
    const ids = [await recordIdAt(3), await recordIdAt(4), await recordIdAt(5)];
    const stamp = Date.now();
    await paste(
      `Pasted A ${stamp}\tWon\t$1,500\r\nPasted B ${stamp}\tlost\t2500\r\nPasted C ${stamp}\tWon\t3,500.00\r\n`,
    );
    await eventually(() => cellAt(5, AMOUNT).textContent()).toBe('$3,500');
    await inAirtableEventually(() =>
      Promise.all(ids.map(async (id) => (await inAirtable(id)).fields)).then((all) =>
        all.map((f) => [f.Name, f.Stage, f.Amount]),
      ),
    ).toEqual([
      [`Pasted A ${stamp}`, 'Won', 1500],
      [`Pasted B ${stamp}`, 'Lost', 2500],
      [`Pasted C ${stamp}`, 'Won', 3500],
    ]);
    await w.screenshot('grid-pasted');

    // What cannot convert is named, and its cell keeps its value.
    await page.keyboard.press('ArrowRight');
    await paste('Maybe\tlots');
    await page
      .getByRole('alert')
      .filter({ hasText: '2 values were not pasted: “Maybe” cannot go in Stage' })
      .waitFor();
    expect((await inAirtable(ids[0]!)).fields.Amount).toBe(1500);

    // Copy gives the block back as TSV.
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    const copied = await page.evaluate(() => {
      const transfer = new DataTransfer();
      document
        .querySelector('[role="grid"]')!
        .dispatchEvent(
          new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }),
        );
      return transfer.getData('text/plain');
    });
    expect(copied).toBe('Won\t1500\nLost\t2500');

    // Ctrl+D fills the range down from its top row.
    await page.keyboard.press('Control+d');
    await inAirtableEventually(async () => {
      const { fields } = await inAirtable(ids[1]!);
      return [fields.Stage, fields.Amount];
    }).toEqual(['Won', 1500]);
  });

  it('deletes a record without asking and brings it back with Ctrl+Z', async () => {
    const { page } = w;
    await openDeals(6, NAME);
    const recordId = await recordIdAt(6);
    // A name no other deal has, to find the record again once it is back.
    const name = `Deleted and back ${Date.now()}`;
    await page.keyboard.press('F2');
    await page.getByLabel('Edit Name').fill(name);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F2');
    await page.getByLabel('Edit Name').fill(name);
    await page.keyboard.press('Enter');
    await inAirtableEventually(async () => (await inAirtable(recordId)).fields.Name).toBe(name);
    const { fields } = await inAirtable(recordId);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: 'Delete', exact: true }).click();
    await eventually(() => page.locator(`[data-record-id="${recordId}"]`).count()).toBe(0);
    await inAirtableEventually(async () => (await inAirtable(recordId)).status).toBe(404);
    await page.getByRole('status').filter({ hasText: 'Record deleted.' }).waitFor();

    await grid().focus();
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: 'The deleted record is back.' }).waitFor();
    const back = page.locator('[role="row"]').filter({ hasText: fields.Name });
    await eventually(() => back.count()).toBe(1);
    const newId = (await back.getAttribute('data-record-id'))!;
    expect(newId).not.toBe(recordId);
    const restored = await inAirtable(newId);
    expect([restored.fields.Name, restored.fields.Stage, restored.fields.Amount]).toEqual([
      fields.Name,
      fields.Stage,
      fields.Amount,
    ]);
  });
});

describe('writes while offline', () => {
  it('keeps an edit made offline on screen as pending and sends it on reconnect', async () => {
    const { page, context } = w;
    await openDeals(7, AMOUNT);
    const recordId = await recordIdAt(7);
    await context.setOffline(true);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await page.keyboard.type('777');
    await page.keyboard.press('Enter');
    await eventually(() => cellAt(7, AMOUNT).textContent()).toBe('$777');
    expect(await cellAt(7, AMOUNT).getAttribute('aria-busy')).toBe('true');
    expect((await inAirtable(recordId)).fields.Amount).not.toBe(777);
    await w.screenshot('offline-pending');

    await context.setOffline(false);
    await inAirtableEventually(async () => (await inAirtable(recordId)).fields.Amount).toBe(777);
    await eventually(() => cellAt(7, AMOUNT).getAttribute('aria-busy')).toBeNull();
    await eventually(() => page.getByRole('status').filter({ hasText: 'Offline' }).count()).toBe(0);
    // The browser reports the live connection's failed retries while offline; nothing else.
    const errors = w
      .takeConsoleErrors()
      .filter((e) => !/WebSocket|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
    expect(errors).toEqual([]);
  });
});

describe('any screen size', () => {
  it('on a phone (390 px): a record list, the menu opens, the record opens full-screen', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(dealsUrl);
    const list = page.getByRole('list', { name: 'Deals records' });
    await eventually(() => list.getByRole('listitem').count()).toBeGreaterThan(4);
    expect((await list.boundingBox())!.width).toBeGreaterThan(360);
    expect(await axeViolations()).toEqual([]);
    await w.screenshot('phone-list');

    await page.getByRole('button', { name: 'Show navigation' }).click();
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    await nav.getByRole('link', { name: /^Deals/ }).waitFor();
    await w.screenshot('phone-menu');
    await page.keyboard.press('Escape');
    await eventually(() => nav.isVisible()).toBe(false);

    // The assistant leaves the menu button within reach.
    await page.getByRole('button', { name: 'Assistant', exact: true }).click();
    await page.getByRole('button', { name: 'Show navigation' }).click();
    await nav.getByRole('link', { name: /^Deals/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Assistant', exact: true }).click();

    await list.getByRole('listitem').first().getByRole('button').click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await eventually(async () => (await drawer.boundingBox())!.width).toBe(390);
    expect(await axeViolations()).toEqual([]);
    await w.screenshot('phone-record');
    await page.keyboard.press('Escape');
  });

  it('on a tablet (768 px): the grid fills the main area and the menu opens', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(dealsUrl);
    await eventually(() => rowAt(0).getAttribute('data-record-id')).toMatch(/^rec/);
    expect((await grid().boundingBox())!.width).toBeGreaterThan(700);
    await page.getByRole('button', { name: 'Show navigation' }).click();
    await page
      .getByRole('navigation', { name: 'Workspace' })
      .getByRole('link', { name: /^Deals/ })
      .waitFor();
    await w.screenshot('tablet-menu');
    await page.keyboard.press('Escape');
  });

  it('at 1024 px: the sidebar stays, the grid takes the rest', async () => {
    const { page } = w;
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(dealsUrl);
    await eventually(() => rowAt(0).getAttribute('data-record-id')).toMatch(/^rec/);
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Show navigation' }).isVisible()).toBe(false);
    const sidebar = (await nav.boundingBox())!;
    const table = (await grid().boundingBox())!;
    expect(table.x).toBeGreaterThanOrEqual(sidebar.x + sidebar.width - 1);
    expect(table.width).toBeGreaterThan(1024 - sidebar.width - 40);
    expect(await axeViolations()).toEqual([]);
    await w.screenshot('laptop-grid');
  });
});

describe('states people can see', () => {
  it('marks a bad filter formula as it is typed and keeps the grid', async () => {
    const { page } = w;
    await openDeals(0, 0);
    const count = await page.locator('.record-count').textContent();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByRole('button', { name: 'Formula' }).click();
    const box = page.getByLabel('Airtable formula');
    await box.fill("AND({Stage} = 'Won', {Amount} > )");
    await eventually(() => box.getAttribute('aria-invalid')).toBe('true');
    await eventually(() => page.locator('.formula-problem').textContent()).toContain(
      "Unexpected ')' at line 1, column 33",
    );
    await page.getByRole('button', { name: 'Apply filter' }).click();
    // Not applied: the grid keeps its records, and the formula stays open to fix.
    expect(await box.inputValue()).toBe("AND({Stage} = 'Won', {Amount} > )");
    expect(await page.locator('.record-count').textContent()).toBe(count);
    expect(await grid().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Filtered by/ }).count()).toBe(0);
    expect(await axeViolations()).toEqual([]);
    await w.screenshot('filter-formula-problem');

    await box.fill('{Amont} > 5');
    await eventually(() => page.locator('.formula-problem').textContent()).toContain('Amont');
    await box.fill('{Amount} > 100000000');
    await eventually(() => box.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const empty = page.getByRole('heading', { name: 'No records match the filter' });
    await empty.waitFor();
    // In the visible part of the grid, not below it.
    const box2 = (await empty.boundingBox())!;
    expect(box2.y).toBeGreaterThan(0);
    expect(box2.y + box2.height).toBeLessThan(900);
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await eventually(() => rowAt(0).getAttribute('data-record-id')).toMatch(/^rec/);
  });

  it('marks searched words in cells and jumps between the cells holding them', async () => {
    const { page } = w;
    await openDeals(0, 0);
    await page.getByLabel('Search this table').fill('Atlas');
    await eventually(() => page.locator('.grid-cell mark').count()).toBeGreaterThan(0);
    expect((await page.locator('.grid-cell mark').first().textContent())!.toLowerCase()).toBe(
      'atlas',
    );
    await page.getByRole('button', { name: 'Next match' }).click();
    await page.getByText(/^Match 1 of \d+$/).waitFor();
    const active = page.locator('.grid-cell.active');
    expect(await active.locator('mark').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Next match' }).click();
    await page.getByText(/^Match 2 of \d+$/).waitFor();
    expect(await active.locator('mark').count()).toBeGreaterThan(0);
    expect(await axeViolations()).toEqual([]);
    await w.screenshot('search-matches');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await eventually(() => page.locator('.grid-cell mark').count()).toBe(0);
  });

  it('shows no search results in view, with a way back', async () => {
    const { page } = w;
    await page.getByLabel('Search this table').fill('zzqqxx nothing like it');
    const heading = page.getByRole('heading', { name: /No results for/ });
    await heading.waitFor();
    expect((await heading.boundingBox())!.y).toBeLessThan(900);
    await page.getByRole('button', { name: 'Clear search' }).last().click();
    await eventually(() => rowAt(0).getAttribute('data-record-id')).toMatch(/^rec/);
  });
});
