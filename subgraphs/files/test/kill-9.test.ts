// The process running an import is killed (SIGKILL, nothing flushed) while it writes; a new
// process takes the job over when its lease runs out. Every row must arrive exactly once,
// without a merge key to hide duplicates: resent chunks carry the same idempotency key.
import path from 'node:path';
import { freePort, startServiceProcess, testEnv } from '@pyairtable/testing';
import { describe, expect, it } from 'vitest';
import { IMPORT_JOB, START_IMPORT, startFiles, uploadBytes } from './harness.ts';

const SERVER = path.resolve(import.meta.dirname, '../src/server.ts');

describe('imports: a killed process duplicates no row', () => {
  it(
    'resumes an import after kill -9 and writes each of 1,000 rows once',
    { timeout: 300_000 },
    async () => {
      // The writer goes at 20 requests/s, so the import is still writing when the process dies.
      const app = await startFiles({
        workers: false,
        airtableEnv: { BASE_REQUESTS_PER_SECOND: '20' },
      });
      const lines = ['Code,Label'];
      for (let i = 1; i <= 1000; i++) lines.push(`C${i},Row ${i}`);
      const file = await uploadBytes(
        app,
        app.owner,
        'rows.csv',
        new TextEncoder().encode(lines.join('\n')),
        'text/csv',
      );
      const started = await app.gql(app.owner)(START_IMPORT, {
        input: {
          fileId: file.id,
          baseId: app.baseId,
          newTableName: 'Rows',
          mapping: [
            { column: 0, field: 'Code', createType: 'singleLineText' },
            { column: 1, field: 'Label', createType: 'singleLineText' },
          ],
        },
      });
      expect(started.errors).toBeUndefined();
      const { id, tableId } = started.data!.startImport;
      const env = {
        ...testEnv,
        PORT: String(await freePort()),
        DATABASE_URL: app.filesConfig.DATABASE_URL,
        WORKSPACES_URL: app.filesConfig.WORKSPACES_URL,
        AIRTABLE_URL: app.filesConfig.AIRTABLE_URL,
        GATEWAY_URL: new URL('/graphql', app.gatewayUrl).toString(),
        FILES_STORAGE_DIR: app.storageDir,
        FILES_IMPORT_CHUNK_ROWS: '50',
        FILES_IMPORT_POLL_MS: '200',
        // A killed process's lease runs out this soon, so the next one takes the job over.
        FILES_IMPORT_LEASE_MS: '2000',
      };
      const rowsDone = async () => (await app.files.db.findImport(id))!.rowsDone;

      const first = startServiceProcess(SERVER, env);
      await expect.poll(rowsDone, { timeout: 120_000, interval: 50 }).toBeGreaterThanOrEqual(300);
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGKILL');
      await exited;
      const whenKilled = await rowsDone();
      expect(whenKilled).toBeLessThan(1000);

      startServiceProcess(SERVER, env);
      await expect
        .poll(async () => (await app.gql(app.owner)(IMPORT_JOB, { id })).data!.importJob.status, {
          timeout: 240_000,
          interval: 250,
        })
        .toBe('SUCCEEDED');

      const codes: string[] = [];
      let offset: string | undefined;
      do {
        const page = await app.airtable(
          'GET',
          `${tableId}?pageSize=100${offset ? `&offset=${offset}` : ''}`,
        );
        codes.push(...page.records.map((r: { fields: { Code: string } }) => r.fields.Code));
        offset = page.offset;
      } while (offset);
      expect(codes).toHaveLength(1000);
      expect(new Set(codes).size).toBe(1000);
      const job = (await app.gql(app.owner)(IMPORT_JOB, { id })).data!.importJob;
      expect(job).toMatchObject({ rowsDone: 1000, rowsWritten: 1000, rowsRejected: 0 });
    },
  );
});
