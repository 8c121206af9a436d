// npm run build -w @pyairtable/tenant-dashboard: the production build, skipped when current.
import { buildDashboard } from './build.ts';

const started = performance.now();
const { built } = await buildDashboard((line) => process.stdout.write(`${line}\n`));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(built ? `Built in ${seconds} s.\n` : 'The build is current.\n');
