import { memo } from 'react';
import { sameData } from '../view/same-data.ts';

/** A small radio group (fieldset + legend) for a single choice among a few. */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="space-y-0.5">
      <legend className="mb-1 font-semibold">{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="flex items-center gap-2">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
            className="h-4 w-4"
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Drawn again only when its value, options or callback change (options compared by value). */
export const RadioChoice = memo(RadioGroup, sameData) as typeof RadioGroup;
