// "Large Base": one wide-enough table of any size, for benchmarks of loading, listing and filtering.

import type { BaseSeed, RecordSeed } from './base-seed.ts';
import { createRandom } from './random.ts';

export interface LargeBaseOptions {
  /** How many records the "Items" table gets, exactly. */
  records: number;
  /** PRNG seed; the same seed gives the same records, and a smaller base is a prefix of a larger one. */
  seed?: number;
}

const CATEGORIES = [
  ['Hardware', 'blueBright'],
  ['Software', 'cyanBright'],
  ['Furniture', 'tealBright'],
  ['Office Supplies', 'greenBright'],
  ['Apparel', 'yellowBright'],
  ['Food & Drink', 'orangeBright'],
  ['Toys', 'redBright'],
  ['Books', 'purpleBright'],
] as const;
const TAGS = [
  ['New', 'greenLight2'],
  ['Sale', 'redLight2'],
  ['Bestseller', 'yellowLight2'],
  ['Eco', 'tealLight2'],
  ['Imported', 'blueLight2'],
  ['Limited', 'purpleLight2'],
] as const;
const CATEGORY_NAMES = CATEGORIES.map(([name]) => name);
const TAG_NAMES = TAGS.map(([name]) => name);
const ADJECTIVES = ['Compact', 'Deluxe', 'Classic', 'Smart', 'Rugged', 'Eco', 'Mini', 'Pro'];
const NOUNS = ['Lamp', 'Chair', 'Notebook', 'Backpack', 'Speaker', 'Mug', 'Desk', 'Cable'];
const SUPPLIERS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka'];
const FIRST_RELEASE = Date.UTC(2020, 0, 1);
const RELEASE_DAYS = 6 * 365;

/** Builds "Large Base" with one "Items" table of exactly `records` deterministic records. */
export function largeBase(options: LargeBaseOptions): BaseSeed {
  const { records: count, seed = 1 } = options;
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`records must be a non-negative integer, got ${count}.`);
  }
  const random = createRandom(seed);
  // Formatting a date per record would dominate the run; 2,190 strings cover every record.
  const releaseDates = Array.from({ length: RELEASE_DAYS }, (_, day) =>
    new Date(FIRST_RELEASE + day * 86_400_000).toISOString().slice(0, 10),
  );
  const supplierEmails = SUPPLIERS.map((s) => `orders@${s}.example`);

  const records: RecordSeed[] = [];
  for (let i = 0; i < count; i++) {
    const fields: Record<string, unknown> = {
      Name: `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)} ${i + 1}`,
      Category: random.pick(CATEGORY_NAMES),
      Price: random.int(99, 99_999) / 100,
      Quantity: random.int(0, 500),
      Released: random.pick(releaseDates),
      'Supplier Email': random.pick(supplierEmails),
    };
    const tags = random.sample(TAG_NAMES, random.int(0, 3));
    if (tags.length > 0) fields.Tags = tags;
    if (random.chance(0.6)) fields['In Stock'] = true;
    if (random.chance(0.3)) fields.Discount = (random.int(1, 10) * 5) / 100;
    if (random.chance(0.5)) fields.Notes = `Batch ${random.int(1000, 9999)}`;
    records.push({ key: `item-${i + 1}`, fields });
  }

  return {
    name: 'Large Base',
    tables: [
      {
        name: 'Items',
        fields: [
          { name: 'Name', type: 'singleLineText' },
          { name: 'Category', type: 'singleSelect', options: selectOptions(CATEGORIES) },
          { name: 'Tags', type: 'multipleSelects', options: selectOptions(TAGS) },
          { name: 'Price', type: 'currency', options: { precision: 2, symbol: '$' } },
          { name: 'Quantity', type: 'number', options: { precision: 0 } },
          { name: 'Total', type: 'formula', options: { formula: '{Price} * {Quantity}' } },
          { name: 'Discount', type: 'percent', options: { precision: 0 } },
          { name: 'Released', type: 'date', options: { dateFormat: { name: 'iso' } } },
          { name: 'In Stock', type: 'checkbox', options: { icon: 'check', color: 'greenBright' } },
          { name: 'Supplier Email', type: 'email' },
          { name: 'Notes', type: 'multilineText' },
        ],
        views: [
          { name: 'All items' },
          {
            name: 'In stock by price',
            filterByFormula: '{In Stock}',
            sort: [{ field: 'Price', direction: 'desc' }],
          },
        ],
        records,
      },
    ],
  };
}

function selectOptions(entries: readonly (readonly [string, string])[]): Record<string, unknown> {
  return { choices: entries.map(([name, color]) => ({ name, color })) };
}
