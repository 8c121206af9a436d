'use client';
// How each column type looks in the grid and in read-only drawer fields.
import Link from 'next/link';
import { memo, useState } from 'react';
import { chipColors } from '../../lib/colors.ts';
import { choicesOf, fieldKind, resultOptions, type FieldLike } from '../../lib/field-types.ts';
import { cellText, formatDate, formatNumber } from '../../lib/format.ts';
import { markParts } from '../../lib/search-matches.ts';
import type { LinkContext } from '../../lib/use-table-links.ts';
import { Icon } from '../icons.tsx';
import { Avatar } from '../shell/user-menu.tsx';

export interface Attachment {
  id?: string;
  url: string;
  filename?: string;
  type?: string;
  thumbnails?: { small?: { url: string }; large?: { url: string } };
}

const locale = typeof navigator === 'undefined' ? undefined : navigator.language;

export function ChoiceChip({ name, color }: { name: string; color?: string }) {
  return (
    <span className="chip" style={chipColors(color)}>
      {name}
    </span>
  );
}

export function Stars({ value, max }: { value: number; max: number }) {
  return (
    <span className="stars" role="img" aria-label={`${value} out of ${max}`}>
      {Array.from({ length: max }, (_, i) => (
        <Icon
          key={i}
          name="star"
          size={13}
          className={i < value ? undefined : 'off'}
          fill="currentColor"
        />
      ))}
    </span>
  );
}

function Thumbnail({ attachment }: { attachment: Attachment }) {
  const [failed, setFailed] = useState(false);
  const url = attachment.thumbnails?.small?.url ?? attachment.url;
  const image =
    !attachment.type ||
    attachment.type.startsWith('image/') ||
    /\.(png|jpe?g|gif|webp|svg)$/i.test(attachment.filename ?? url);
  if (!image || failed)
    return (
      <span className="thumb" title={attachment.filename}>
        <Icon name="file" size={14} />
      </span>
    );
  return (
    <img
      className="thumb"
      src={url}
      alt={attachment.filename ?? 'Attachment'}
      title={attachment.filename}
      loading="lazy"
      onError={() => setFailed(true)}
    />
  );
}

interface Collaborator {
  id?: string;
  email?: string;
  name?: string;
}

/** One cell's value, typed: chips, checkboxes, dates in the person's locale, links, thumbnails. */
/** Text with the searched words marked. */
function Marked({ text, terms }: { text: string; terms: readonly string[] | undefined }) {
  if (!terms?.length) return text;
  return markParts(text, terms).map((part, i) =>
    part.match ? <mark key={i}>{part.text}</mark> : part.text,
  );
}

export const CellValue = memo(function CellValue({
  field,
  value,
  links,
  terms,
}: {
  field: FieldLike & { name: string };
  value: unknown;
  links?: LinkContext;
  /** Searched words to mark in text cells. */
  terms?: readonly string[];
}) {
  if (value === undefined || value === null || value === '') {
    return fieldKind(field) === 'checkbox' ? (
      <span className="checkbox-cell off" role="img" aria-label="Not checked" />
    ) : null;
  }
  switch (fieldKind(field)) {
    case 'checkbox':
      return value ? (
        <span className="checkbox-cell" role="img" aria-label="Checked">
          <Icon name="check" size={12} strokeWidth={3} />
        </span>
      ) : (
        <span className="checkbox-cell off" role="img" aria-label="Not checked" />
      );
    case 'singleSelect':
    case 'multipleSelects': {
      const choices = choicesOf(field);
      const names = (Array.isArray(value) ? value : [value]).map(String);
      return (
        <span className="chips">
          {names.map((name) => (
            <ChoiceChip
              key={name}
              name={name}
              color={choices.find((c) => c.name === name)?.color}
            />
          ))}
        </span>
      );
    }
    case 'links': {
      const ids = Array.isArray(value) ? (value as unknown[]).map(String) : [];
      return (
        <span className="chips">
          {ids.map((id) => {
            const name = links?.nameOf(id) ?? id;
            const href = links?.hrefOf(id);
            return href ? (
              <Link
                key={id}
                href={href}
                className="chip chip-link"
                title={`Open ${name}`}
                onClick={(e) => e.stopPropagation()}
              >
                {name}
              </Link>
            ) : (
              <span key={id} className="chip chip-link">
                {name}
              </span>
            );
          })}
        </span>
      );
    }
    case 'attachments': {
      const attachments = Array.isArray(value) ? (value as Attachment[]) : [];
      return (
        <span className="thumbs">
          {attachments.slice(0, 4).map((a, i) => (
            <Thumbnail key={a.id ?? i} attachment={a} />
          ))}
        </span>
      );
    }
    case 'collaborator': {
      const people = (Array.isArray(value) ? value : [value]) as Collaborator[];
      return (
        <span className="chips">
          {people.map((person, i) => {
            const name = person.name ?? person.email ?? 'Someone';
            return (
              <span key={person.id ?? i} className="chip chip-person" title={person.email}>
                <Avatar id={person.id ?? name} name={name} small />
                {name}
              </span>
            );
          })}
        </span>
      );
    }
    case 'rating': {
      const max = Number(resultOptions(field).max ?? 5);
      return <Stars value={Number(value)} max={Number.isFinite(max) ? max : 5} />;
    }
    case 'number':
    case 'currency':
    case 'percent':
    case 'duration':
      return typeof value === 'number' ? (
        <span className="cell-number">{formatNumber(value, field, locale)}</span>
      ) : (
        <span className="cell-text">{cellText(value, field, locale)}</span>
      );
    case 'date':
    case 'dateTime':
      return typeof value === 'string' ? (
        <time className="cell-text" dateTime={value}>
          {formatDate(value, field, locale)}
        </time>
      ) : (
        <span className="cell-text">{cellText(value, field, locale)}</span>
      );
    case 'url':
      return (
        <a
          className="cell-link"
          href={String(value)}
          target="_blank"
          rel="noreferrer noopener"
          onClick={(e) => e.stopPropagation()}
        >
          {String(value).replace(/^https?:\/\/(www\.)?/, '')}
        </a>
      );
    case 'email':
      return (
        <a
          className="cell-link"
          href={`mailto:${String(value)}`}
          onClick={(e) => e.stopPropagation()}
        >
          <Marked text={String(value)} terms={terms} />
        </a>
      );
    case 'longText':
      return (
        <span className="cell-text">
          <Marked text={String(value).split('\n')[0] ?? ''} terms={terms} />
        </span>
      );
    default:
      return (
        <span className="cell-text">
          <Marked text={cellText(value, field, locale)} terms={terms} />
        </span>
      );
  }
});
