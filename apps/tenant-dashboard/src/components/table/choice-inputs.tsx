'use client';
import { chipColors } from '../../lib/colors.ts';
import type { Choice } from '../../lib/field-types.ts';
import { Icon } from '../icons.tsx';

/** Multiple selects as chips that toggle. */
export function ChoiceToggle({
  inputId,
  choices,
  selected,
  onChange,
}: {
  inputId: string;
  choices: Choice[];
  selected: string[];
  onChange: (selected: string[]) => void;
}) {
  return (
    <div className="choice-toggle" role="group" aria-labelledby={`${inputId}-label`} id={inputId}>
      {choices.map((choice) => {
        const on = selected.includes(choice.name);
        return (
          <button
            key={choice.name}
            type="button"
            className="chip"
            style={chipColors(choice.color)}
            aria-pressed={on}
            onClick={() =>
              onChange(on ? selected.filter((s) => s !== choice.name) : [...selected, choice.name])
            }
          >
            {choice.name}
          </button>
        );
      })}
    </div>
  );
}

/** A rating as stars; choosing the current one clears it. */
export function RatingInput({
  inputId,
  max,
  value,
  onChange,
}: {
  inputId: string;
  max: number;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <div
      className="rating-input"
      role="radiogroup"
      aria-labelledby={`${inputId}-label`}
      id={inputId}
    >
      {Array.from({ length: max }, (_, i) => (
        <button
          key={i}
          type="button"
          role="radio"
          aria-checked={value === i + 1}
          aria-label={`${i + 1} of ${max}`}
          className={i < value ? 'on' : undefined}
          onClick={() => onChange(value === i + 1 ? 0 : i + 1)}
        >
          <Icon name="star" size={20} fill="currentColor" />
        </button>
      ))}
    </div>
  );
}
