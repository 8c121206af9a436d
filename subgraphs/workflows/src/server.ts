import { runUntilSignal } from '@pyairtable/subgraph-kit';
import { main } from './index.ts';

await runUntilSignal(() => main());
