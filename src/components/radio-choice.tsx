/** A small radio group (fieldset + legend) for a single choice among a few. */
export function RadioChoice<T extends string>(props: {
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
