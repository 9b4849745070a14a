import { useId, type ReactNode } from 'react';

export interface SheetColumn {
  label: string;
  /** A width, e.g. "w-[27%]": ports get a fixed share so the page layout is stable. */
  className?: string;
}

/**
 * One titled table of a cheat sheet; its header row repeats on every printed page. On a narrow
 * screen the table scrolls in its own region (named by the heading), never the page.
 */
export function SheetTable(props: {
  heading: string;
  columns: SheetColumn[];
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className="sheet-section">
      <h3 id={id} className="sheet-h3">
        {props.heading}
      </h3>
      <div className="sheet-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className={`sheet-table ${props.className ?? ''}`}>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c.label} scope="col" className={c.className}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
    </section>
  );
}
