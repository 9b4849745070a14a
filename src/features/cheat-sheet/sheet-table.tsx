import type { ReactNode } from 'react';

export interface SheetColumn {
  label: string;
  /** A width, e.g. "w-[27%]": ports get a fixed share so the page layout is stable. */
  className?: string;
}

/** One titled table of a cheat sheet; its header row repeats on every printed page. */
export function SheetTable(props: {
  heading: string;
  columns: SheetColumn[];
  children: ReactNode;
}) {
  return (
    <section className="sheet-section">
      <h2 className="sheet-h2">{props.heading}</h2>
      <table className="sheet-table">
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
    </section>
  );
}
