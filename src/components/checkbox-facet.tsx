import { memo } from 'react';
import { sameData } from '../view/same-data.ts';

export interface FacetOption<T extends string> {
  value: T;
  label: string;
  count: number;
}

/** A group of checkboxes with the count of matching rows beside each option. */
function CheckboxFacetGroup<T extends string>(props: {
  legend: string;
  options: FacetOption<T>[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
  countLabel: (count: number) => string;
}) {
  const toggle = (value: T, on: boolean) =>
    props.onChange(on ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  return (
    <fieldset className="space-y-0.5">
      <legend className="mb-1 font-semibold">{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={props.selected.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
            className="h-4 w-4"
          />
          <span className="flex-1">{o.label}</span>
          <span
            className="text-xs tabular-nums text-slate-700 dark:text-slate-300"
            aria-label={props.countLabel(o.count)}
          >
            {o.count}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Drawn again only when what it shows changes (options and selection compared by value, callbacks
 * by identity: give it stable ones), so a keystroke that leaves a facet's counts as they were
 * costs it nothing.
 */
export const CheckboxFacet = memo(CheckboxFacetGroup, sameData) as typeof CheckboxFacetGroup;
