// "Demo CRM": a deterministic sales CRM (companies, contacts, deals, activities) for demos and tests.
//
// Links are written on BOTH sides: every multipleRecordLinks field names its inverse in
// `options.inverseField`, and each record's value on one side matches the other side exactly
// (same keys; a side with no links omits the field, as Airtable omits empty cells). A loader
// may therefore read either side; Deals.Company, Contacts.Company and Activities.Deal are the
// single-record ("owning") sides if it wants one.

import type { BaseSeed, FieldSeed, RecordSeed, TableSeed } from './base-seed.ts';
import { createRandom, type Random } from './random.ts';

/** The Demo CRM's default "today": dates are spread around it, and nothing reads the wall clock. */
export const DEMO_CRM_TODAY = '2026-01-05';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SEED = 20_260_105;
const COUNTS = { companies: 120, contacts: 400, deals: 300, activities: 600 } as const;

type Choice = readonly [name: string, color: string];

// prettier-ignore
const INDUSTRIES = [
  { name: 'Software', color: 'blueBright', weight: 24, words: ['Software', 'Labs', 'Systems', 'Cloud', 'Analytics'] },
  { name: 'Manufacturing', color: 'orangeBright', weight: 14, words: ['Manufacturing', 'Industries', 'Fabrication', 'Works'] },
  { name: 'Healthcare', color: 'redBright', weight: 12, words: ['Health', 'Medical', 'Clinics', 'Therapeutics'] },
  { name: 'Financial Services', color: 'greenBright', weight: 12, words: ['Capital', 'Financial', 'Partners', 'Insurance'] },
  { name: 'Retail', color: 'pinkBright', weight: 10, words: ['Outfitters', 'Market', 'Goods', 'Stores'] },
  { name: 'Logistics', color: 'tealBright', weight: 10, words: ['Logistics', 'Freight', 'Shipping', 'Transport'] },
  { name: 'Education', color: 'purpleBright', weight: 8, words: ['Learning', 'Academy', 'Education'] },
  { name: 'Energy', color: 'yellowBright', weight: 10, words: ['Energy', 'Power', 'Solar', 'Renewables'] },
] as const;
type Industry = (typeof INDUSTRIES)[number];

// prettier-ignore
const COUNTRIES = [
  { name: 'United States', color: 'blueLight2', weight: 40, tld: 'com', dial: '+1' },
  { name: 'United Kingdom', color: 'redLight2', weight: 12, tld: 'co.uk', dial: '+44' },
  { name: 'Germany', color: 'yellowLight2', weight: 10, tld: 'de', dial: '+49' },
  { name: 'France', color: 'cyanLight2', weight: 8, tld: 'fr', dial: '+33' },
  { name: 'Canada', color: 'orangeLight2', weight: 8, tld: 'ca', dial: '+1' },
  { name: 'Australia', color: 'greenLight2', weight: 6, tld: 'com.au', dial: '+61' },
  { name: 'Netherlands', color: 'tealLight2', weight: 6, tld: 'nl', dial: '+31' },
  { name: 'Sweden', color: 'purpleLight2', weight: 4, tld: 'se', dial: '+46' },
  { name: 'Japan', color: 'pinkLight2', weight: 3, tld: 'jp', dial: '+81' },
  { name: 'Brazil', color: 'grayLight2', weight: 3, tld: 'com.br', dial: '+55' },
] as const;
type Country = (typeof COUNTRIES)[number];

// [name, color, probability (a fraction, as Airtable stores percents), weight]
// prettier-ignore
const STAGES = [
  ['Lead', 'grayBright', 0.1, 15],
  ['Qualified', 'blueBright', 0.25, 15],
  ['Proposal', 'cyanBright', 0.5, 14],
  ['Negotiation', 'yellowBright', 0.75, 10],
  ['Won', 'greenBright', 1, 26],
  ['Lost', 'redBright', 0, 20],
] as const;
type Stage = (typeof STAGES)[number];

const TAGS: readonly Choice[] = [
  ['Decision maker', 'purpleBright'],
  ['Champion', 'greenBright'],
  ['Technical', 'blueBright'],
  ['Finance', 'yellowBright'],
  ['Newsletter', 'grayBright'],
];

// [type, color, weight, subjects, duration range in minutes (blank when 0)]
// prettier-ignore
const ACTIVITY_TYPES = [
  ['Call', 'blueBright', 30, ['Discovery call', 'Check-in call', 'Pricing call'], 15, 60],
  ['Email', 'cyanBright', 30, ['Follow-up email', 'Sent proposal', 'Shared case study'], 0, 0],
  ['Meeting', 'purpleBright', 15, ['Kickoff meeting', 'Stakeholder meeting', 'Quarterly review'], 30, 90],
  ['Demo', 'greenBright', 10, ['Product demo', 'Technical deep dive'], 45, 90],
  ['Note', 'grayBright', 15, ['Account research', 'Internal handover'], 0, 0],
] as const;
type ActivityType = (typeof ACTIVITY_TYPES)[number];

const SALES_REPS = [
  { id: 'usrK3vQ8mT2pLx9Za', email: 'maya.patel@democrm.example', name: 'Maya Patel' },
  { id: 'usrB7nR4wE1sHy6Qc', email: 'liam.oconnor@democrm.example', name: "Liam O'Connor" },
  { id: 'usrP2dX9jF5kMa3Wt', email: 'sofia.rossi@democrm.example', name: 'Sofia Rossi' },
  { id: 'usrH6tC1vN8bGe4Ru', email: 'daniel.kim@democrm.example', name: 'Daniel Kim' },
  { id: 'usrM9yL3qS7fJc2Dk', email: 'amara.okafor@democrm.example', name: 'Amara Okafor' },
] as const;
type SalesRep = (typeof SALES_REPS)[number];

// prettier-ignore
const COMPANY_ROOTS = [
  'Acme', 'Northwind', 'Blue Harbor', 'Summit', 'Ironwood', 'Brightline', 'Cedar', 'Helix',
  'Polaris', 'Redwood', 'Silverline', 'Quantum', 'Granite', 'Lumen', 'Orbit', 'Pioneer',
  'Atlas', 'Beacon', 'Cobalt', 'Evergreen', 'Falcon', 'Horizon', 'Keystone', 'Meridian',
  'Nimbus', 'Oakridge', 'Pinnacle', 'Riverstone', 'Sterling', 'Vertex', 'Juniper', 'Tidewater',
];
// prettier-ignore
const FIRST_NAMES = [
  'Olivia', 'Noah', 'Emma', 'Liam', 'Ava', 'Lucas', 'Sophia', 'Mateo', 'Isabella', 'Ethan',
  'Mia', 'James', 'Amelia', 'Benjamin', 'Harper', 'Elijah', 'Chloé', 'Henry', 'Zoë', 'Oliver',
  'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Ingrid', 'Lars', 'Camille', 'Julien',
  'Lena', 'Felix', 'Aisha', 'Kwame', 'Sofía', 'Diego', 'Hannah', 'Samuel', 'Grace', 'Daniel',
];
// prettier-ignore
const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Miller', 'Davis', 'Martinez', 'Lopez',
  'Wilson', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White',
  'Harris', 'Clark', 'Nguyen', 'Chen', 'Tanaka', 'Müller', 'Schmidt', 'Dubois', 'Lefèvre',
  'Rossi', 'Silva', 'Andersson', 'Johansson', 'de Vries', 'Novak', 'Kowalski', "O'Brien",
  'Murphy', 'Singh', 'Khan', 'Okafor', 'Mensah',
];
// prettier-ignore
const TITLES = [
  'Chief Executive Officer', 'Chief Technology Officer', 'Chief Financial Officer',
  'VP of Sales', 'VP of Engineering', 'Head of Operations', 'Director of IT',
  'Procurement Manager', 'Product Manager', 'Software Engineer', 'Data Analyst',
  'Office Manager', 'Marketing Manager', 'Finance Manager', 'Operations Analyst',
];
// prettier-ignore
const COMPANY_NOTES = [
  'Renewal due next quarter.', 'Prefers quarterly business reviews.',
  'Procurement requires three quotes.', 'Budget cycle starts in April.',
  'Security questionnaire completed.', 'Champion changed roles; rebuild the relationship.',
  'Uses a competitor for invoicing.', 'Met at the London trade show.',
];
// prettier-ignore
const DEAL_PRODUCTS = [
  'Platform licence', 'Annual renewal', 'Pilot', 'Expansion', 'Onboarding package',
  'Enterprise upgrade', 'Support plan', 'Data migration', 'Training', 'Integration project',
];
// prettier-ignore
const NEXT_STEPS = [
  'Send proposal', 'Schedule demo', 'Follow up on pricing', 'Security review',
  'Legal review of MSA', 'Intro call with CFO', 'Confirm budget owner',
];
// prettier-ignore
const ACTIVITY_NOTES = [
  'Walked through pricing tiers; they want annual billing.', 'Asked for SSO and audit logs.',
  'Sent the case study from a similar customer.', 'Waiting on their IT team to reply.',
  'Agreed on next steps and a timeline.', 'Budget approved for this quarter.',
];

interface CompanyDraft {
  record: RecordSeed;
  name: string;
  domain: string;
  country: Country;
  rep: SalesRep;
  createdMs: number;
  contacts: ContactDraft[];
  dealKeys: string[];
}
interface ContactDraft {
  record: RecordSeed;
  name: string;
  dealKeys: string[];
}
interface DealDraft {
  record: RecordSeed;
  contacts: ContactDraft[];
  createdMs: number;
  endMs: number;
  activityKeys: string[];
}

/** Builds the "Demo CRM" base: 120 companies, 400 contacts, 300 deals and 600 activities. */
export function demoCrmBase(options: { today?: string } = {}): BaseSeed {
  const anchor = Date.parse(options.today ?? DEMO_CRM_TODAY);
  if (Number.isNaN(anchor)) throw new Error(`Not a date: ${options.today}`);
  const random = createRandom(SEED);
  const companies = generateCompanies(random, anchor);
  const contacts = generateContacts(random, companies, anchor);
  const deals = generateDeals(random, companies, anchor);
  const activities = generateActivities(random, deals, anchor);

  for (const c of companies) {
    setLinks(c.record, 'Deals', c.dealKeys);
    setLinks(
      c.record,
      'Contacts',
      c.contacts.map((x) => keyOf(x.record)),
    );
  }
  for (const c of contacts) setLinks(c.record, 'Deals', c.dealKeys);
  for (const d of deals) setLinks(d.record, 'Activities', d.activityKeys);

  return {
    name: 'Demo CRM',
    tables: [
      companiesTable(companies.map((c) => c.record)),
      contactsTable(contacts.map((c) => c.record)),
      dealsTable(deals.map((d) => d.record)),
      activitiesTable(activities),
    ],
  };
}

function generateCompanies(random: Random, anchor: number): CompanyDraft[] {
  const names = new Set<string>();
  const companies: CompanyDraft[] = [];
  for (let i = 0; i < COUNTS.companies; i++) {
    const industry: Industry = random.pickWeighted(INDUSTRIES.map((x) => [x, x.weight] as const));
    let name = `${random.pick(COMPANY_ROOTS)} ${random.pick(industry.words)}`;
    while (names.has(name)) name = `${random.pick(COMPANY_ROOTS)} ${random.pick(industry.words)}`;
    names.add(name);
    const country: Country = random.pickWeighted(COUNTRIES.map((x) => [x, x.weight] as const));
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const domain = `${slug.replace(/-/g, '')}.${country.tld}`;
    const key = `company-${pad(i + 1, 3)}`;
    const employees = Math.round(random.logUniform(5, 25_000));
    const createdMs = anchor - random.int(520, 1100) * DAY + random.int(8, 18) * HOUR;
    const fields: Record<string, unknown> = {
      Name: name,
      Industry: industry.name,
      Country: country.name,
      Employees: employees,
      'Annual Revenue': Math.round((employees * random.int(80, 400)) / 10) * 10_000,
    };
    if (random.chance(0.95)) fields.Website = `https://www.${domain}`;
    if (random.chance(0.7)) {
      const filename = `${slug}-logo.png`;
      fields.Logo = [{ url: `http://localhost:4010/attachments/${key}/${filename}`, filename }];
    }
    if (random.chance(0.8))
      fields.Notes = random.sample(COMPANY_NOTES, random.int(1, 3)).join('\n');
    if (random.chance(0.9)) fields.Rating = random.int(1, 5);
    companies.push({
      record: { key, createdTime: isoDateTime(createdMs), fields },
      name,
      domain,
      country,
      rep: random.pick(SALES_REPS),
      createdMs,
      contacts: [],
      dealKeys: [],
    });
  }
  return companies;
}

function generateContacts(
  random: Random,
  companies: CompanyDraft[],
  anchor: number,
): ContactDraft[] {
  const names = new Set<string>();
  const contacts: ContactDraft[] = [];
  for (let i = 0; i < COUNTS.contacts; i++) {
    // Every company gets one contact first, so every deal can name someone.
    const company = i < companies.length ? (companies[i] as CompanyDraft) : random.pick(companies);
    let first = random.pick(FIRST_NAMES);
    let last = random.pick(LAST_NAMES);
    while (names.has(`${first} ${last}`)) {
      first = random.pick(FIRST_NAMES);
      last = random.pick(LAST_NAMES);
    }
    const name = `${first} ${last}`;
    names.add(name);
    const title = random.pick(TITLES);
    const newsletter = random.chance(0.35);
    const tags = [
      /^(Chief|VP|Head)/.test(title) && random.chance(0.8) ? 'Decision maker' : '',
      random.chance(0.2) ? 'Champion' : '',
      /Engineer|Technology|IT|Data/.test(title) ? 'Technical' : '',
      /Financ|Procurement/.test(title) ? 'Finance' : '',
      newsletter ? 'Newsletter' : '',
    ].filter((tag) => tag !== '');
    const createdDays = Math.floor((anchor - company.createdMs) / DAY);
    const createdMs = company.createdMs + random.int(0, createdDays - 1) * DAY;
    const fields: Record<string, unknown> = {
      Name: name,
      Email: `${toAscii(first)}.${toAscii(last)}@${company.domain}`,
      Company: [keyOf(company.record)],
      Owner: { ...company.rep },
    };
    if (random.chance(0.85)) {
      const digits = [random.int(100, 999), random.int(100, 999), random.int(1000, 9999)];
      fields.Phone = `${company.country.dial} ${digits.join(' ')}`;
    }
    if (random.chance(0.95)) fields.Title = title;
    if (tags.length > 0) fields.Tags = tags;
    if (newsletter) fields.Newsletter = true;
    if (random.chance(0.9)) fields['Last Contacted'] = isoDate(anchor - random.int(0, 200) * DAY);
    const contact: ContactDraft = {
      record: { key: `contact-${pad(i + 1, 4)}`, createdTime: isoDateTime(createdMs), fields },
      name,
      dealKeys: [],
    };
    company.contacts.push(contact);
    contacts.push(contact);
  }
  return contacts;
}

function generateDeals(random: Random, companies: CompanyDraft[], anchor: number): DealDraft[] {
  const names = new Set<string>();
  const deals: DealDraft[] = [];
  for (let i = 0; i < COUNTS.deals; i++) {
    const key = `deal-${pad(i + 1, 4)}`;
    const company = random.pick(companies);
    const stage: Stage = random.pickWeighted(STAGES.map((s) => [s, s[3]] as const));
    const closed = stage[0] === 'Won' || stage[0] === 'Lost';
    // Closed deals closed in the year before the anchor; open ones are expected to close soon.
    const closeMs = closed ? anchor - random.int(1, 365) * DAY : anchor + random.int(7, 180) * DAY;
    const createdMs =
      (closed ? closeMs - random.int(14, 150) * DAY : anchor - random.int(1, 120) * DAY) +
      random.int(8, 18) * HOUR;
    let name = `${company.name} – ${random.pick(DEAL_PRODUCTS)}`;
    for (let n = 2; names.has(name); n++) name = `${name.replace(/ \(\d+\)$/, '')} (${n})`;
    names.add(name);
    const contacts = random.sample(
      company.contacts,
      random.int(1, Math.min(3, company.contacts.length)),
    );
    const fields: Record<string, unknown> = {
      Name: name,
      Company: [keyOf(company.record)],
      Contacts: contacts.map((c) => keyOf(c.record)),
      Stage: stage[0],
      Amount: Math.round(random.logUniform(2_000, 250_000) / 500) * 500,
      Probability: stage[2],
      'Close Date': isoDate(closeMs),
      Owner: { ...company.rep },
    };
    if (random.chance(0.8)) fields.Priority = random.int(1, 5);
    if (!closed && random.chance(0.85)) fields['Next Step'] = random.pick(NEXT_STEPS);
    if (closed) fields['Sales Cycle'] = Math.round((closeMs - createdMs) / 1000);
    company.dealKeys.push(key);
    for (const c of contacts) c.dealKeys.push(key);
    deals.push({
      record: { key, createdTime: isoDateTime(createdMs), fields },
      contacts,
      createdMs,
      endMs: closed ? closeMs : anchor + 30 * DAY,
      activityKeys: [],
    });
  }
  return deals;
}

function generateActivities(random: Random, deals: DealDraft[], anchor: number): RecordSeed[] {
  const records: RecordSeed[] = [];
  for (let i = 0; i < COUNTS.activities; i++) {
    // Every deal gets at least one activity; the rest land anywhere.
    const deal = i < deals.length ? (deals[i] as DealDraft) : random.pick(deals);
    const type: ActivityType = random.pickWeighted(ACTIVITY_TYPES.map((t) => [t, t[2]] as const));
    const [typeName, , , subjects, minMinutes, maxMinutes] = type;
    const contact = random.pick(deal.contacts);
    // Some day after the deal was created, up to its close date (or a month ahead if open).
    const createdDay = Math.floor(deal.createdMs / DAY) * DAY;
    const dateMs =
      createdDay +
      random.int(1, Math.floor((deal.endMs - createdDay) / DAY)) * DAY +
      random.int(8, 17) * HOUR +
      random.int(0, 3) * 15 * 60_000;
    const subject = random.pick(subjects);
    const fields: Record<string, unknown> = {
      Subject: typeName === 'Note' ? subject : `${subject} with ${contact.name}`,
      Type: typeName,
      Deal: [keyOf(deal.record)],
      Date: isoDateTime(dateMs),
    };
    if (maxMinutes > 0) fields.Duration = random.int(minMinutes / 5, maxMinutes / 5) * 5 * 60;
    // Past activities are mostly done; a few are overdue. Future ones are planned.
    if (dateMs < anchor && random.chance(0.93)) fields.Done = true;
    if (random.chance(0.75)) fields.Notes = random.pick(ACTIVITY_NOTES);
    const key = `activity-${pad(i + 1, 4)}`;
    const createdMs =
      dateMs < anchor ? dateMs : Math.max(deal.createdMs, anchor - random.int(1, 72) * HOUR);
    deal.activityKeys.push(key);
    records.push({ key, createdTime: isoDateTime(createdMs), fields });
  }
  return records;
}

function companiesTable(records: RecordSeed[]): TableSeed {
  return {
    name: 'Companies',
    fields: [
      { name: 'Name', type: 'singleLineText' },
      { name: 'Industry', type: 'singleSelect', options: selectOptions(INDUSTRIES) },
      { name: 'Website', type: 'url' },
      { name: 'Employees', type: 'number', options: { precision: 0 } },
      { name: 'Annual Revenue', type: 'currency', options: { precision: 0, symbol: '$' } },
      { name: 'Country', type: 'singleSelect', options: selectOptions(COUNTRIES) },
      { name: 'Logo', type: 'multipleAttachments' },
      link('Deals', 'Deals', 'Company', false),
      link('Contacts', 'Contacts', 'Company', false),
      {
        name: 'Total Won',
        type: 'rollup',
        description: 'Sum of the amounts of all linked deals, whatever their stage.',
        options: { linkField: 'Deals', rollupField: 'Amount', formula: 'SUM(values)' },
      },
      {
        name: 'Open Deals',
        type: 'rollup',
        description: 'Count of all linked deals.',
        options: { linkField: 'Deals', rollupField: 'Stage', formula: 'COUNTALL(values)' },
      },
      { name: 'Created', type: 'createdTime' },
      { name: 'Notes', type: 'multilineText' },
      { name: 'Rating', type: 'rating', options: ratingOptions() },
    ],
    views: [
      { name: 'All companies' },
      {
        name: 'Largest accounts',
        filterByFormula: '{Employees} >= 1000',
        sort: [{ field: 'Annual Revenue', direction: 'desc' }],
      },
      {
        name: 'Software',
        filterByFormula: '{Industry} = "Software"',
        sort: [{ field: 'Name', direction: 'asc' }],
        visibleFields: ['Name', 'Website', 'Employees', 'Country', 'Deals'],
      },
      { name: 'Unrated', filterByFormula: '{Rating} = BLANK()', sort: [{ field: 'Name' }] },
    ],
    records,
  };
}

function contactsTable(records: RecordSeed[]): TableSeed {
  return {
    name: 'Contacts',
    fields: [
      { name: 'Name', type: 'singleLineText' },
      { name: 'Email', type: 'email' },
      { name: 'Phone', type: 'phoneNumber' },
      { name: 'Title', type: 'singleLineText' },
      link('Company', 'Companies', 'Contacts', true),
      {
        name: 'Company Industry',
        type: 'multipleLookupValues',
        options: { linkField: 'Company', lookupField: 'Industry' },
      },
      { name: 'Tags', type: 'multipleSelects', options: selectOptions(TAGS) },
      { name: 'Newsletter', type: 'checkbox', options: { icon: 'check', color: 'greenBright' } },
      { name: 'Last Contacted', type: 'date', options: { dateFormat: { name: 'iso' } } },
      { name: 'Owner', type: 'singleCollaborator' },
      link('Deals', 'Deals', 'Contacts', false),
    ],
    views: [
      { name: 'All contacts' },
      { name: 'Newsletter', filterByFormula: '{Newsletter}', sort: [{ field: 'Name' }] },
      {
        name: 'Decision makers',
        filterByFormula: 'FIND("Decision maker", {Tags})',
        sort: [{ field: 'Last Contacted', direction: 'desc' }],
        visibleFields: ['Name', 'Title', 'Company', 'Email', 'Phone', 'Owner'],
      },
    ],
    records,
  };
}

function dealsTable(records: RecordSeed[]): TableSeed {
  const open = 'AND({Stage} != "Won", {Stage} != "Lost")';
  return {
    name: 'Deals',
    fields: [
      { name: 'Name', type: 'singleLineText' },
      link('Company', 'Companies', 'Deals', true),
      link('Contacts', 'Contacts', 'Deals', false),
      { name: 'Stage', type: 'singleSelect', options: selectOptions(STAGES) },
      { name: 'Amount', type: 'currency', options: { precision: 0, symbol: '$' } },
      { name: 'Probability', type: 'percent', options: { precision: 0 } },
      { name: 'Close Date', type: 'date', options: { dateFormat: { name: 'iso' } } },
      {
        name: 'Expected Revenue',
        type: 'formula',
        options: { formula: '{Amount} * {Probability}' },
      },
      {
        name: 'Size',
        type: 'formula',
        options: {
          formula: 'IF({Amount} >= 50000, "Large", IF({Amount} >= 10000, "Medium", "Small"))',
        },
      },
      {
        name: 'Company Country',
        type: 'multipleLookupValues',
        options: { linkField: 'Company', lookupField: 'Country' },
      },
      { name: 'Owner', type: 'singleCollaborator' },
      { name: 'Priority', type: 'rating', options: ratingOptions() },
      { name: 'Next Step', type: 'singleLineText' },
      { name: 'Last Modified', type: 'lastModifiedTime' },
      { name: 'Deal Number', type: 'autoNumber' },
      { name: 'Sales Cycle', type: 'duration', options: { durationFormat: 'h:mm' } },
      link('Activities', 'Activities', 'Deal', false),
    ],
    views: [
      { name: 'All deals' },
      {
        name: 'Open pipeline',
        filterByFormula: open,
        sort: [{ field: 'Amount', direction: 'desc' }],
        visibleFields: ['Name', 'Company', 'Stage', 'Amount', 'Probability', 'Close Date', 'Owner'],
      },
      // The anchor is 2026-01-05, so a TODAY()-based "this year" would hold five days and drift
      // with the wall clock; the seed's last full year is fixed instead.
      {
        name: 'Won in 2025',
        filterByFormula: 'AND({Stage} = "Won", YEAR({Close Date}) = 2025)',
        sort: [{ field: 'Close Date', direction: 'desc' }],
      },
      {
        name: 'Closing within a month',
        filterByFormula: `AND(${open}, IS_BEFORE({Close Date}, "2026-02-05"))`,
        sort: [{ field: 'Close Date', direction: 'asc' }],
      },
      {
        name: 'Large deals',
        filterByFormula: '{Amount} >= 50000',
        sort: [
          { field: 'Stage', direction: 'asc' },
          { field: 'Amount', direction: 'desc' },
        ],
      },
    ],
    records,
  };
}

function activitiesTable(records: RecordSeed[]): TableSeed {
  return {
    name: 'Activities',
    fields: [
      { name: 'Subject', type: 'singleLineText' },
      { name: 'Type', type: 'singleSelect', options: selectOptions(ACTIVITY_TYPES) },
      link('Deal', 'Deals', 'Activities', true),
      {
        name: 'Date',
        type: 'dateTime',
        options: { dateFormat: { name: 'iso' }, timeFormat: { name: '24hour' }, timeZone: 'utc' },
      },
      { name: 'Duration', type: 'duration', options: { durationFormat: 'h:mm' } },
      { name: 'Done', type: 'checkbox', options: { icon: 'check', color: 'greenBright' } },
      { name: 'Notes', type: 'multilineText' },
      {
        name: 'Deal Stage',
        type: 'multipleLookupValues',
        options: { linkField: 'Deal', lookupField: 'Stage' },
      },
    ],
    views: [
      { name: 'All activities' },
      {
        name: 'To do',
        filterByFormula: 'NOT({Done})',
        sort: [{ field: 'Date', direction: 'asc' }],
      },
      {
        name: 'Calls',
        filterByFormula: '{Type} = "Call"',
        sort: [{ field: 'Date', direction: 'desc' }],
      },
    ],
    records,
  };
}

function link(name: string, linkedTable: string, inverseField: string, single: boolean): FieldSeed {
  const options = { linkedTable, inverseField, prefersSingleRecordLink: single };
  return { name, type: 'multipleRecordLinks', options };
}

function selectOptions(
  entries: readonly (
    { readonly name: string; readonly color: string } | readonly [string, string, ...unknown[]]
  )[],
): Record<string, unknown> {
  return {
    choices: entries.map((e) =>
      'name' in e ? { name: e.name, color: e.color } : { name: e[0], color: e[1] },
    ),
  };
}

function ratingOptions(): Record<string, unknown> {
  return { max: 5, icon: 'star', color: 'yellowBright' };
}

function setLinks(record: RecordSeed, field: string, keys: string[]): void {
  if (keys.length > 0) record.fields[field] = keys;
}

function keyOf(record: RecordSeed): string {
  if (record.key === undefined) throw new Error('Demo CRM records always have keys.');
  return record.key;
}

function toAscii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}
