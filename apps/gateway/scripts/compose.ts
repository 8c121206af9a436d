// npm run compose            → writes apps/gateway/supergraph.graphql from supergraph.yaml
// npm run compose -- --check → fails when the committed supergraph is not current
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSupergraphFile } from '../src/compose-supergraph.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const output = path.join(root, 'apps/gateway/supergraph.graphql');
const result = composeSupergraphFile(path.join(root, 'supergraph.yaml'));
if (!result.ok) {
  console.error(`Composition failed:\n\n${result.errors.map((e) => `  • ${e}`).join('\n')}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const current = readFileSync(output, 'utf8');
  if (current !== result.supergraphSdl) {
    console.error(
      'apps/gateway/supergraph.graphql is out of date. Run `npm run compose` and commit it.',
    );
    process.exit(1);
  }
  console.log('supergraph.graphql is current.');
} else {
  writeFileSync(output, result.supergraphSdl);
  console.log(`Composed ${result.subgraphs.join(', ')} → ${path.relative(process.cwd(), output)}`);
}
