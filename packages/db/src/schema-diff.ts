import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { connectionFields } from './connection-url.ts';
import { dropDatabase, ensureDatabase } from './databases.ts';
import { readMigrations } from './migrations.ts';

// @types/node for Node 20 does not declare the WebAssembly global.
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let loaded: Promise<void> | undefined;
let lastPanic: string | undefined;

/** Instantiates the schema engine's WebAssembly once (its ESM entry imports .wasm, which Node cannot). */
function loadEngine(): Promise<void> {
  loaded ??= (async () => {
    // The engine reports Rust panics through this global before throwing.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => {
        lastPanic = message;
      },
    };
    const require = createRequire(import.meta.url);
    const wasmPath = require
      .resolve('@prisma/schema-engine-wasm/schema_engine_bg')
      .replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': engineModule,
    });
    engineModule.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return loaded;
}

// adapter-pg cannot read PostgreSQL's internal "char" type, which the engine's catalog queries
// return. We let pg hand it over as text and tell the engine the column is a Character.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
const charColumns = new WeakMap<object, number[]>();
let patchedProto = false;

type Queryable = {
  performIO: (q: unknown) => Promise<{ fields: { dataTypeID: number }[]; rows: object }>;
  queryRaw: (q: unknown) => Promise<{ columnTypes: number[]; rows: object }>;
};

function presentCharAsCharacter(adapter: object): void {
  if (patchedProto) return;
  let proto: object | null = Object.getPrototypeOf(adapter) as object | null;
  while (proto && !Object.hasOwn(proto, 'performIO'))
    proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto || !Object.hasOwn(proto, 'queryRaw'))
    throw new Error('Unsupported @prisma/adapter-pg version');
  const target = proto as Queryable;
  const { performIO, queryRaw } = target;
  target.performIO = async function (this: unknown, query: unknown) {
    const result = await performIO.call(this, query);
    const indexes: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  target.queryRaw = async function (this: unknown, query: unknown) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? [])
      result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  patchedProto = true;
}

/**
 * The pg adapter splits a migration script on every `;`, which cuts a function body
 * (`$$ … ; … $$`, e.g. a trigger's) apart; PostgreSQL takes the whole script in one simple
 * query, as migrate deploy sends it.
 */
function sendScriptsWhole(adapter: object): void {
  const pg = adapter as {
    client: { query(sql: string): Promise<unknown> };
    onError(error: unknown): never;
    executeScript(script: string): Promise<void>;
  };
  pg.executeScript = async (script: string) => {
    try {
      await pg.client.query(script);
    } catch (error) {
      pg.onError(error);
    }
  };
}

/** An adapter factory whose shadow database we create and drop ourselves, on the same server. */
function createAdapterFactory(serverUrl: string) {
  const factory = new PrismaPg(connectionFields(serverUrl));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    presentCharAsCharacter(adapter);
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    const name = `shadow_${randomBytes(6).toString('hex')}`;
    const url = await ensureDatabase(serverUrl, name);
    const adapter = await new PrismaPg(connectionFields(url)).connect();
    sendScriptsWhole(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropDatabase(serverUrl, name);
    };
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

/**
 * SQL that takes a database from the state the committed migrations produce to the state
 * the Prisma schema declares ('' when they agree). Migrations run in a scratch shadow
 * database on the given server.
 */
export async function diffMigrationsToSchema(options: {
  serverUrl: string;
  schemaPath: string;
  migrationsDir: string;
}): Promise<string> {
  await loadEngine();
  const schema = await readFile(options.schemaPath, 'utf8');
  const migrations = await readMigrations(options.migrationsDir);
  const files = [{ path: path.basename(options.schemaPath), content: schema }];
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => undefined,
    createAdapterFactory(options.serverUrl),
  );
  try {
    const from =
      migrations.length === 0
        ? { tag: 'empty' as const }
        : {
            tag: 'migrations' as const,
            baseDir: options.migrationsDir,
            lockfile: { path: 'migration_lock.toml', content: 'provider = "postgresql"\n' },
            shadowDbInitScript: '',
            migrationDirectories: migrations.map((m) => ({
              path: m.name,
              migrationFile: {
                path: 'migration.sql',
                content: { tag: 'ok' as const, value: m.sql },
              },
            })),
          };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '-- This is an empty migration.' ? '' : sql;
  } catch (error) {
    throw lastPanic ? new Error(`Prisma schema engine panicked: ${lastPanic}`) : error;
  } finally {
    engine.free();
  }
}
