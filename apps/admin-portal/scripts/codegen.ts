// npm run codegen -w @pyairtable/admin-portal            → writes src/lib/graphql/generated/:
//                         the types of every graphql(`…`) operation in src, from the API schema
// npm run codegen -w @pyairtable/admin-portal -- --check → fails when those files are not current
//
// @graphql-codegen's client preset run through @graphql-codegen/core: its CLI brings loaders for
// URLs, GitHub and Apollo's registry whose current versions need Node 22, and none are needed here.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preset, type ClientPresetConfig } from '@graphql-codegen/client-preset';
import { codegen } from '@graphql-codegen/core';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { buildSchema, parse } from 'graphql';
import { format, resolveConfig } from 'prettier';

const portal = path.resolve(import.meta.dirname, '..');
const root = path.resolve(portal, '../..');
// The schema clients see (`npm run compose` writes it from the supergraph, without federation's
// join machinery); apps/gateway/supergraph.graphql is the gateway's routing plan.
const apiSchemaFile = path.join(root, 'packages/graph-tools/api-schema.graphql');
const outputDir = 'src/lib/generated/';

async function generate(): Promise<Map<string, string>> {
  const sdl = readFileSync(apiSchemaFile, 'utf8');
  const documents = await loadDocuments(['src/**/*.{ts,tsx}', `!${outputDir}**`], {
    cwd: portal,
    // Read the graphql(`…`) calls only; never import the portal's modules to look for documents.
    loaders: [
      new CodeFileLoader({
        noRequire: true,
        pluckConfig: { skipIndent: true, modules: [], globalGqlIdentifierName: ['graphql'] },
      }),
    ],
  });
  documents.sort((a, b) => (a.location ?? '').localeCompare(b.location ?? ''));
  const config = {
    useTypeImports: true,
    importExtension: '.ts',
    strictScalars: true,
    scalars: { DateTime: 'string', JSON: 'unknown' },
    // Selected fields are always in the answer (null when empty), never left out.
    avoidOptionals: { field: true },
    enumType: 'string-literal',
  };
  const presetConfig: ClientPresetConfig = { fragmentMasking: false, skipIndexFile: true };
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: outputDir,
    presetConfig,
    plugins: [],
    pluginMap: {},
    schema: parse(sdl),
    schemaAst: buildSchema(sdl),
    documents,
    config,
    documentTransforms: [],
  });
  const files = new Map<string, string>();
  for (const output of outputs) {
    const file = path.join(portal, output.filename);
    const content = await codegen({ ...output, schemaAst: buildSchema(sdl) });
    const options = await resolveConfig(file);
    files.set(file, await format(content, { ...options, filepath: file }));
  }
  return files;
}

function readCurrent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const files = await generate();
const dir = path.join(portal, outputDir);
const strays = (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [])
  .filter((entry) => entry.isFile())
  .map((entry) => path.join(dir, entry.name))
  .filter((file) => !files.has(file));

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([file, content]) => readCurrent(file) !== content);
  for (const [file] of stale)
    console.error(
      `${path.relative(root, file)} is out of date. Run \`npm run codegen -w @pyairtable/admin-portal\` and commit it.`,
    );
  for (const file of strays)
    console.error(
      `${path.relative(root, file)} is not generated any more. Run \`npm run codegen -w @pyairtable/admin-portal\` and commit the removal.`,
    );
  if (stale.length > 0 || strays.length > 0) process.exit(1);
  console.log(`${path.relative(root, dir)} is current.`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const file of strays) rmSync(file);
  for (const [file, content] of files) {
    writeFileSync(file, content);
    console.log(`Generated ${path.relative(process.cwd(), file)}`);
  }
}
