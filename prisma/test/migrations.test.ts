import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, readMigrations } from '@pyairtable/db';
import { diffMigrationsToSchema } from '@pyairtable/db/schema-diff';
import { createTestDatabase } from '@pyairtable/testing';
import pg from 'pg';
import { describe, expect, it, inject } from 'vitest';
import { listSubgraphs } from '../subgraph-databases.ts';

describe('migrations', () => {
  for (const subgraph of listSubgraphs()) {
    it(`${subgraph.name}: committed migrations produce exactly what schema.prisma declares`, async () => {
      const sql = await diffMigrationsToSchema({
        serverUrl: inject('postgresUrl'),
        schemaPath: subgraph.schemaPath,
        migrationsDir: subgraph.migrationsDir,
      });
      expect(sql, `run: npm run migrate:new -- ${subgraph.name} <name>`).toBe('');
    }, 120_000); // the wasm schema engine replays every migration into a shadow database
  }

  it('detects a schema change that has no migration yet', async () => {
    const identity = listSubgraphs().find((s) => s.name === 'identity')!;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-'));
    const schema = (await readFile(identity.schemaPath, 'utf8')).replace(
      '  name         String\n',
      '  name         String\n  nickname     String?\n',
    );
    await writeFile(path.join(dir, 'schema.prisma'), schema);
    const sql = await diffMigrationsToSchema({
      serverUrl: inject('postgresUrl'),
      schemaPath: path.join(dir, 'schema.prisma'),
      migrationsDir: identity.migrationsDir,
    });
    expect(sql).toContain('ALTER TABLE "User" ADD COLUMN');
    expect(sql).toContain('"nickname" TEXT');
  });

  it('records applied migrations like Prisma, applies each once, and refuses edited ones', async () => {
    const workspaces = listSubgraphs().find((s) => s.name === 'workspaces')!;
    const url = await createTestDatabase('workspaces'); // cloned from the migrated template
    expect(await applyMigrations(url, workspaces.migrationsDir)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
      );
      const files = await readMigrations(workspaces.migrationsDir);
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
        files.map((m) => [m.name, m.checksum]),
      );
      expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
      await client.query('UPDATE _prisma_migrations SET checksum = $1', ['0'.repeat(64)]);
    } finally {
      await client.end();
    }
    await expect(applyMigrations(url, workspaces.migrationsDir)).rejects.toThrow(
      /edited after it was applied/,
    );
  });
});
