// npm run compose            → writes apps/gateway/supergraph.graphql from supergraph.yaml, and
//                              the API schema clients see to packages/graph-tools/api-schema.graphql
// npm run compose -- --check → fails when either committed file is not current
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { composeSupergraphFile } from '../src/compose-supergraph.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const supergraphFile = path.join(root, 'apps/gateway/supergraph.graphql');
// graph-tools validates its operations against this file (packages never import apps).
const apiSchemaFile = path.join(root, 'packages/graph-tools/api-schema.graphql');

const result = composeSupergraphFile(path.join(root, 'supergraph.yaml'));
if (!result.ok) {
  console.error(`Composition failed:\n\n${result.errors.map((e) => `  • ${e}`).join('\n')}`);
  process.exit(1);
}
// The public schema the gateway serves: the supergraph without federation's join/link machinery.
const apiSchemaSdl = `${printSchema(
  Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema(),
).trimEnd()}\n`;

const outputs = [
  { file: supergraphFile, content: result.supergraphSdl },
  { file: apiSchemaFile, content: apiSchemaSdl },
];

if (process.argv.includes('--check')) {
  const stale = outputs.filter(({ file, content }) => readCurrent(file) !== content);
  for (const { file } of stale) {
    console.error(
      `${path.relative(root, file)} is out of date. Run \`npm run compose\` and commit it.`,
    );
  }
  if (stale.length > 0) process.exit(1);
  console.log('supergraph.graphql and api-schema.graphql are current.');
} else {
  for (const { file, content } of outputs) {
    writeFileSync(file, content);
    console.log(`Composed ${result.subgraphs.join(', ')} → ${path.relative(process.cwd(), file)}`);
  }
}

function readCurrent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
