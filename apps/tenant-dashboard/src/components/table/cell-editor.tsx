'use client';
// Editing one grid cell in place: text for most fields (typed text converted for the field),
// a picker for single selects. Enter / Tab commit and move, Escape cancels, leaving commits.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { textOfValue, valueFromText, type NamedField } from '../../lib/cell-text.ts';
import { choicesOf, fieldKind, type FieldLike } from '../../lib/field-types.ts';

export type Move = 'down' | 'up' | 'right' | 'left' | null;

export interface CellEditorProps {
  field: NamedField & FieldLike;
  value: unknown;
  /** The key that started the edit, replacing the cell's text; null edits the value. */
  initial: string | null;
  onCommit(value: unknown, move: Move): void;
  onCancel(): void;
  /** Why the text cannot be saved (null once it can), for the grid to show. */
  onProblem(problem: string | null): void;
}

function moveFor(event: KeyboardEvent): Move | undefined {
  if (event.key === 'Enter' && !event.altKey) return event.shiftKey ? 'up' : 'down';
  if (event.key === 'Tab') return event.shiftKey ? 'left' : 'right';
  return undefined;
}

export function CellEditor(props: CellEditorProps) {
  const { field, initial } = props;
  if (fieldKind(field) === 'singleSelect' && initial === null) return <SelectEditor {...props} />;
  return <TextEditor {...props} />;
}

function TextEditor({ field, value, initial, onCommit, onCancel, onProblem }: CellEditorProps) {
  const [text, setText] = useState(initial ?? textOfValue(value, field));
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  const kind = fieldKind(field);
  const choicesId = useId();
  const listId = kind === 'multipleSelects' || kind === 'singleSelect' ? choicesId : undefined;

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    const end = element.value.length;
    element.setSelectionRange(end, end);
  }, []);

  const commit = (move: Move) => {
    const result = valueFromText(text, field);
    if ('error' in result) {
      onProblem(result.error);
      return false;
    }
    done.current = true;
    onProblem(null);
    onCommit(result.value, move);
    return true;
  };

  return (
    <>
      <input
        ref={input}
        className="cell-input"
        aria-label={`Edit ${field.name}`}
        value={text}
        list={listId}
        onChange={(event) => {
          setText(event.target.value);
          onProblem(null);
        }}
        onKeyDown={(event) => {
          event.stopPropagation();
          const move = moveFor(event);
          if (move !== undefined) {
            event.preventDefault();
            commit(move);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            done.current = true;
            onProblem(null);
            onCancel();
          }
        }}
        onBlur={() => {
          // Leaving the cell saves it, unless the text cannot be saved: then it is dropped.
          if (done.current) return;
          if (!commit(null)) {
            done.current = true;
            onCancel();
          }
        }}
      />
      {listId ? (
        <datalist id={listId}>
          {choicesOf(field).map((choice) => (
            <option key={choice.name} value={choice.name} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}

function SelectEditor({ field, value, onCommit, onCancel }: CellEditorProps) {
  const select = useRef<HTMLSelectElement>(null);
  const done = useRef(false);
  useEffect(() => select.current?.focus(), []);
  const current = typeof value === 'string' ? value : '';
  const finish = (next: string, move: Move) => {
    done.current = true;
    onCommit(next || null, move);
  };
  return (
    <select
      ref={select}
      className="cell-input"
      aria-label={`Edit ${field.name}`}
      defaultValue={current}
      onChange={(event) => finish(event.target.value, null)}
      onKeyDown={(event) => {
        event.stopPropagation();
        const move = moveFor(event);
        if (move !== undefined) {
          event.preventDefault();
          finish(event.currentTarget.value, move);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          done.current = true;
          onCancel();
        }
      }}
      onBlur={() => {
        if (!done.current) onCancel();
      }}
    >
      <option value="">(empty)</option>
      {choicesOf(field).map((choice) => (
        <option key={choice.name} value={choice.name}>
          {choice.name}
        </option>
      ))}
    </select>
  );
}
