/* Run from the repo root: npx tsx packages/formula/bench/filter-10k.ts */
import { performance } from 'node:perf_hooks';
import {
  compileFormula,
  matchesFilter,
  type FieldSchema,
  type FormulaRecord,
} from '../src/index.ts';

const RECORDS = 10_000;
const PASSES = 20;
const NOW = new Date('2025-06-15T12:00:00Z');

const fields: FieldSchema[] = [
  { id: 'fldName', name: 'Name', type: 'singleLineText' },
  { id: 'fldCompany', name: 'Company', type: 'singleLineText' },
  { id: 'fldEmail', name: 'Email', type: 'email' },
  { id: 'fldStatus', name: 'Status', type: 'singleSelect' },
  { id: 'fldStage', name: 'Stage', type: 'singleSelect' },
  { id: 'fldAmount', name: 'Amount', type: 'currency' },
  { id: 'fldProbability', name: 'Probability', type: 'percent' },
  { id: 'fldTags', name: 'Tags', type: 'multipleSelects' },
  { id: 'fldOwner', name: 'Owner', type: 'singleCollaborator' },
  { id: 'fldClose', name: 'Close Date', type: 'date' },
  { id: 'fldContacted', name: 'Last Contacted', type: 'dateTime' },
  { id: 'fldActive', name: 'Active', type: 'checkbox' },
];

const FILTERS: Record<string, string> = {
  'AND/OR of comparisons':
    'AND({Status} = "Active", {Amount} > 5000, OR({Stage} = "Proposal", {Stage} = "Negotiation"))',
  'FIND on text': 'OR(FIND("acme", LOWER({Company})), FIND("@globex", {Email}))',
  'IS_AFTER with DATEADD': 'IS_AFTER({Close Date}, DATEADD(TODAY(), -30, "days"))',
  'DATETIME_DIFF in days': 'DATETIME_DIFF(NOW(), {Last Contacted}, "days") > 14',
  'ARRAYJOIN on a multi-select': 'FIND("vip", ARRAYJOIN({Tags}, ","))',
  'DATETIME_FORMAT in a time zone':
    'DATETIME_FORMAT(SET_TIMEZONE({Last Contacted}, "America/New_York"), "YYYY-MM") = "2025-06"',
};

// A small deterministic generator, so every run measures the same data.
function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildRecords(): FormulaRecord[] {
  const random = createRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const companies = [
    'Acme Corp',
    'Globex',
    'Initech',
    'Umbrella',
    'Hooli',
    'Stark Industries',
    'Wayne Enterprises',
  ];
  const stages = ['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'];
  const tags = ['vip', 'enterprise', 'smb', 'churn-risk', 'partner', 'renewal'];
  const day = 86_400_000;
  return Array.from({ length: RECORDS }, (_, i) => {
    const company = pick(companies);
    const record: FormulaRecord = {
      id: `rec${String(i).padStart(14, '0')}`,
      createdTime: new Date(NOW.getTime() - random() * 400 * day).toISOString(),
      fields: {
        Name: `Contact ${i}`,
        Company: company,
        Email: `contact${i}@${company.split(' ')[0]!.toLowerCase()}.com`,
        Status: random() < 0.6 ? 'Active' : 'Inactive',
        Stage: pick(stages),
        Amount: Math.round(random() * 20_000),
        Probability: Math.round(random() * 100) / 100,
        Tags: tags.filter(() => random() < 0.25),
        Owner: { id: 'usr1', email: 'owner@example.com', name: 'Owner' },
        'Close Date': new Date(NOW.getTime() + (random() - 0.5) * 180 * day)
          .toISOString()
          .slice(0, 10),
        'Last Contacted': new Date(NOW.getTime() - random() * 60 * day).toISOString(),
      },
    };
    // Some cells are empty, as in a real base: the API omits them.
    if (random() < 0.1) delete record.fields['Close Date'];
    if (random() < 0.5) record.fields.Active = true;
    return record;
  });
}

const records = buildRecords();
console.log(`${RECORDS} records, ${PASSES} passes per filter, Node ${process.version}\n`);
for (const [label, source] of Object.entries(FILTERS)) {
  const compiled = compileFormula(source, { fields });
  const context = { now: NOW };
  let matches = 0;
  for (const record of records) if (matchesFilter(compiled, record, context)) matches++;
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const record of records) matchesFilter(compiled, record, context);
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = Math.round((RECORDS * PASSES) / seconds);
  console.log(
    `${label.padEnd(32)} ${perSecond.toLocaleString('en-US').padStart(12)} evaluations/s  (${matches} of ${RECORDS} match)`,
  );
  console.log(`  ${source}`);
}
