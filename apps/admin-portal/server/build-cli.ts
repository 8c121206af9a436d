// npm run build -w @pyairtable/admin-portal: the production build, skipped when current.
import { buildPortal } from './build.ts';

const started = performance.now();
const { built } = await buildPortal((line) => process.stdout.write(`${line}\n`));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(built ? `Built in ${seconds} s.\n` : 'The build is current.\n');
