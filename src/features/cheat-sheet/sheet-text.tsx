import type { SheetText } from '../../filters/filter-values.ts';

/** Catalog text in the sheet's language, or both side by side (Japanese first, as in the source). */
export function SheetTextCell(props: { ja: string; en: string; text: SheetText }) {
  if (props.text === 'both') {
    return (
      <div className="grid grid-cols-2 gap-2">
        <span lang="ja">{props.ja}</span>
        <span lang="en">{props.en}</span>
      </div>
    );
  }
  return <span lang={props.text}>{props.text === 'ja' ? props.ja : props.en}</span>;
}
