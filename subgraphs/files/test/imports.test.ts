import ExcelJS from 'exceljs';
import { collect, connectGraphqlWs as connect } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { IMPORT_JOB, START_IMPORT, startFiles, uploadBytes, type Files } from './harness.ts';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

/** A CSV of products: SKU-0001…, with prices and stock flags. */
function products(count: number, price = (i: number) => `$${(i * 1.5).toFixed(2)}`) {
  const lines = ['SKU,Name,Price,In stock,Added'];
  for (let i = 1; i <= count; i++)
    lines.push(
      `SKU-${String(i).padStart(5, '0')},Product ${i},${price(i)},${i % 2 ? 'yes' : 'no'},2025-0${(i % 9) + 1}-15`,
    );
  return csv(lines);
}

const MAPPING = [
  { column: 0, field: 'SKU', createType: 'singleLineText' },
  { column: 1, field: 'Name', createType: 'singleLineText' },
  { column: 2, field: 'Price', createType: 'currency' },
  { column: 3, field: 'In stock', createType: 'checkbox' },
  { column: 4, field: 'Added', createType: 'date' },
];

async function finished(app: Files, id: string) {
  let job: any;
  await expect
    .poll(
      async () => {
        job = (await app.gql(app.owner)(IMPORT_JOB, { id })).data!.importJob;
        return job.status;
      },
      { timeout: 540_000, interval: 250 },
    )
    .toMatch(/SUCCEEDED|FAILED|CANCELLED/);
  return job;
}

/** Every record of a table in airtable-local (Airtable itself), paged. */
async function airtableRecords(app: Files, tableId: string) {
  const all: { id: string; fields: Record<string, unknown> }[] = [];
  let offset: string | undefined;
  do {
    const page = await app.airtable(
      'GET',
      `${tableId}?pageSize=100${offset ? `&offset=${offset}` : ''}`,
    );
    all.push(...page.records);
    offset = page.offset;
  } while (offset);
  return all;
}

describe('imports', () => {
  it(
    'previews a CSV: header detected, 20 rows, a type per column',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const file = await uploadBytes(app, app.owner, 'products.csv', products(50), 'text/csv');

      const res = await app.gql(app.owner)(
        `query ($f: ID!) { importPreview(fileId: $f) { headerLine columns { index name inferredType } rows } }`,
        { f: file.id },
      );

      const preview = res.data!.importPreview;
      expect(preview.headerLine).toBe(1);
      expect(preview.columns).toEqual([
        { index: 0, name: 'SKU', inferredType: 'singleLineText' },
        { index: 1, name: 'Name', inferredType: 'singleLineText' },
        { index: 2, name: 'Price', inferredType: 'currency' },
        { index: 3, name: 'In stock', inferredType: 'checkbox' },
        { index: 4, name: 'Added', inferredType: 'date' },
      ]);
      expect(preview.rows).toHaveLength(20);
      expect(preview.rows[0]).toEqual(['SKU-00001', 'Product 1', '$1.50', 'yes', '2025-02-15']);
    },
  );

  it(
    'imports 5,000 rows with a merge key twice and ends with 5,000 records',
    { timeout: 1_200_000 },
    async () => {
      const app = await startFiles();
      const first = await uploadBytes(app, app.owner, 'products.csv', products(5000), 'text/csv');
      const started = await app.gql(app.owner)(START_IMPORT, {
        input: {
          fileId: first.id,
          baseId: app.baseId,
          newTableName: 'Products',
          mapping: MAPPING,
          mergeOn: ['SKU'],
        },
      });
      expect(started.errors).toBeUndefined();
      const job1 = await finished(app, started.data!.startImport.id);
      expect(job1).toMatchObject({
        status: 'SUCCEEDED',
        totalRows: 5000,
        rowsWritten: 5000,
        rowsRejected: 0,
      });
      const tableId = started.data!.startImport.tableId;

      // The same products, new prices: an update of each, not a second copy.
      const second = await uploadBytes(
        app,
        app.owner,
        'products-2.csv',
        products(5000, (i) => `$${i}.00`),
        'text/csv',
      );
      const again = await app.gql(app.owner)(START_IMPORT, {
        input: {
          fileId: second.id,
          baseId: app.baseId,
          tableId,
          mapping: MAPPING.map(({ column, field }) => ({ column, field })),
          mergeOn: ['SKU'],
        },
      });
      const job2 = await finished(app, again.data!.startImport.id);
      expect(job2).toMatchObject({ status: 'SUCCEEDED', rowsWritten: 5000 });

      const records = await airtableRecords(app, tableId);
      expect(records).toHaveLength(5000);
      // Updated in place: the second file's price.
      const sku43 = records.find((r) => r.fields.SKU === 'SKU-00043')!;
      expect(sku43.fields).toEqual({
        SKU: 'SKU-00043',
        Price: 43,
        'In stock': true,
        Added: '2025-08-15',
        Name: 'Product 43',
      });
      const count = await app.gql(app.owner)(
        `query ($b: ID!, $t: String!) { base(id: $b) { table(idOrName: $t) { recordCount } } }`,
        { b: app.baseId, t: tableId },
      );
      expect(count.data!.base.table.recordCount).toBe(5000);
    },
  );

  it(
    'reports rows with bad values by line and writes the others',
    { timeout: 120_000 },
    async () => {
      const app = await startFiles();
      const file = await uploadBytes(
        app,
        app.owner,
        'bad.csv',
        csv([
          'SKU,Name,Price,In stock,Added',
          'A-1,Good,$3.00,yes,2025-01-01',
          'A-2,Bad price,three dollars,no,2025-01-02',
          '',
          'A-3,Good too,4,no,1/31/2025',
          'A-4,Bad date,5,yes,2025-13-45',
          'A-5,Bad flag,6,maybe,2025-01-05',
          ',No SKU,7,yes,2025-01-06',
        ]),
        'text/csv',
      );

      const started = await app.gql(app.owner)(START_IMPORT, {
        input: {
          fileId: file.id,
          baseId: app.baseId,
          newTableName: 'Checked',
          mapping: MAPPING,
          mergeOn: ['SKU'],
        },
      });
      const job = await finished(app, started.data!.startImport.id);

      expect(job.error).toBeNull();
      expect(job).toMatchObject({
        status: 'SUCCEEDED',
        totalRows: 6,
        rowsWritten: 2,
        rowsRejected: 4,
      });
      expect(job.rejections).toEqual([
        { line: 3, column: 'Price', reason: '"three dollars" is not a number.' },
        {
          line: 6,
          column: 'Added',
          reason: '"2025-13-45" is not a date (YYYY-MM-DD or M/D/YYYY).',
        },
        { line: 7, column: 'In stock', reason: '"maybe" is not a yes/no value.' },
        { line: 8, column: 'SKU', reason: 'The merge field "SKU" is empty.' },
      ]);
      const records = await airtableRecords(app, started.data!.startImport.tableId);
      expect(
        records.map((r) => r.fields).sort((a, b) => String(a.SKU).localeCompare(String(b.SKU))),
      ).toEqual([
        { SKU: 'A-1', Name: 'Good', Price: 3, 'In stock': true, Added: '2025-01-01' },
        { SKU: 'A-3', Name: 'Good too', Price: 4, Added: '2025-01-31' },
      ]);
    },
  );

  it(
    'imports an XLSX workbook and streams progress to a subscriber',
    { timeout: 180_000 },
    async () => {
      const app = await startFiles({ filesEnv: { FILES_IMPORT_CHUNK_ROWS: '50' } });
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Leads');
      sheet.addRow(['Email', 'Score', 'Since']);
      for (let i = 1; i <= 120; i++)
        sheet.addRow([`lead${i}@example.com`, i / 4, new Date(Date.UTC(2025, 0, (i % 28) + 1))]);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const file = await uploadBytes(app, app.owner, 'leads.xlsx', bytes);
      const preview = await app.gql(app.owner)(
        `query ($f: ID!) { importPreview(fileId: $f) { columns { name inferredType } } }`,
        { f: file.id },
      );
      expect(
        preview.data!.importPreview.columns.map((c: { inferredType: string }) => c.inferredType),
      ).toEqual(['email', 'number', 'date']);

      const worker = app.importWorker;
      await worker.stop(); // held until the subscriber listens
      const started = await app.gql(app.owner)(START_IMPORT, {
        input: {
          fileId: file.id,
          baseId: app.baseId,
          newTableName: 'Leads',
          mapping: [
            { column: 0, field: 'Email', createType: 'email' },
            { column: 1, field: 'Score', createType: 'number' },
            { column: 2, field: 'Since', createType: 'date' },
          ],
        },
      });
      const jobId = started.data!.startImport.id;
      const client = connect(app.gatewayUrl, await app.bearer(app.owner));
      const stream = collect(
        client,
        `subscription ($j: ID!) { importProgress(jobId: $j) { status rowsDone totalRows } }`,
        { j: jobId },
      );
      await stream.registered;
      worker.start();

      const job = await finished(app, jobId);
      expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 120, rowsWritten: 120 });
      await stream.next(4);
      const seen = stream.results.map((r: any) => r.data.importProgress);
      expect(seen[0]).toMatchObject({ status: 'RUNNING', totalRows: 120 });
      expect(seen.map((s: any) => s.rowsDone)).toEqual(expect.arrayContaining([50, 100, 120]));
      const records = await airtableRecords(app, started.data!.startImport.tableId);
      expect(records.find((r) => r.fields.Email === 'lead6@example.com')?.fields).toMatchObject({
        Score: 1.5,
        Since: '2025-01-07',
      });
    },
  );

  it(
    'cancels a queued import (editors only): it writes nothing',
    { timeout: 180_000 },
    async () => {
      const app = await startFiles({ workers: false });
      const file = await uploadBytes(app, app.owner, 'products.csv', products(100), 'text/csv');
      const started = await app.gql(app.owner)(START_IMPORT, {
        input: { fileId: file.id, baseId: app.baseId, newTableName: 'Cancelled', mapping: MAPPING },
      });
      const id = started.data!.startImport.id;
      const viewer = await app.member('VIEWER');

      const byViewer = await app.gql(viewer)(
        `mutation ($id: ID!) { cancelImport(id: $id) { status } }`,
        { id },
      );
      const cancelled = await app.gql(app.owner)(
        `mutation ($id: ID!) { cancelImport(id: $id) { status } }`,
        { id },
      );
      app.importWorker.start();

      expect(byViewer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(cancelled.data!.cancelImport.status).toBe('CANCELLED');
      const job = await finished(app, id);
      expect(job).toMatchObject({ status: 'CANCELLED', rowsDone: 0 });
      expect(await airtableRecords(app, started.data!.startImport.tableId)).toEqual([]);
    },
  );
});
