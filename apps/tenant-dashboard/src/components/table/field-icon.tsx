import { fieldKind } from '../../lib/field-types.ts';
import type { FieldMeta } from '../../lib/graphql/airtable.ts';
import { Icon, type IconName } from '../icons.tsx';

const KIND_ICONS: Partial<Record<string, IconName>> = {
  links: 'link',
  attachments: 'file',
  collaborator: 'user',
  checkbox: 'check',
  date: 'history',
  dateTime: 'history',
  email: 'mail',
  rating: 'star',
  singleSelect: 'chevronDown',
  multipleSelects: 'chevronDown',
};

/** A field's type at a glance, before its name in headers and labels. */
export function FieldIcon({ field }: { field: FieldMeta }) {
  const kind = fieldKind(field);
  const icon = KIND_ICONS[kind];
  if (icon) return <Icon name={icon} size={13} />;
  const glyph = ['number', 'currency', 'percent', 'duration'].includes(kind)
    ? '#'
    : kind === 'computed' ||
        ['formula', 'rollup', 'lookup', 'multipleLookupValues'].includes(field.type)
      ? 'ƒ'
      : 'A';
  return (
    <span
      aria-hidden="true"
      style={{
        width: 13,
        textAlign: 'center',
        fontSize: 12,
        color: 'var(--text-3)',
        fontWeight: 700,
      }}
    >
      {glyph}
    </span>
  );
}
