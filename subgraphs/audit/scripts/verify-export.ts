// npm run verify-export -w @pyairtable/audit -- <export.jsonl> [--public-key <key.pem>]
// Verifies an audit log exported as JSON Lines offline: the hash chain of its entries and the
// Ed25519 signatures of its checkpoints. Without --public-key it trusts the key written in the
// file, which proves integrity but not origin: pass the key from `{ auditPublicKey }`.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createChainVerifier } from '../src/domain/verify-chain.ts';
import { verifyExport } from '../src/domain/verify-export.ts';

const [file, flag, keyFile] = process.argv.slice(2);
if (!file || (flag && flag !== '--public-key') || (flag && !keyFile)) {
  process.stderr.write('Usage: verify-export <export.jsonl> [--public-key <key.pem>]\n');
  process.exit(2);
}
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
const result = await verifyExport(
  lines,
  keyFile ? readFileSync(keyFile, 'utf8') : null,
  createChainVerifier,
);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
process.exit(result.ok ? 0 : 1);
