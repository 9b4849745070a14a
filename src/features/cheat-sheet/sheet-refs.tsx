/** Short marks pointing at the notes and errata below, then the row id for tracing. */
export function SheetRefs(props: { noteMarks: string[]; errataMarks: string[]; id: string }) {
  return (
    <span className="block text-[7pt] leading-tight text-slate-700">
      {[...props.noteMarks, ...props.errataMarks].join(' ')}{' '}
      <span className="sheet-id">[{props.id}]</span>
    </span>
  );
}
