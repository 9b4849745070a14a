/**
 * Generated text to read and copy (a script, a command): focusable, so a keyboard user can scroll
 * it, and named for screen readers. The text is a child: shown as text, never as markup.
 */
export function CodeBlock(props: {
  label: string;
  testId: string;
  /** A tall text scrolls inside its box (the export command); a script grows with the page. */
  maxHeight?: boolean;
  children: string;
}) {
  return (
    <pre
      tabIndex={0}
      aria-label={props.label}
      data-testid={props.testId}
      className={`${props.maxHeight ? 'max-h-64 overflow-auto' : 'overflow-x-auto'} rounded border border-slate-300 bg-slate-50 p-3 text-xs dark:border-slate-700 dark:bg-slate-950`}
    >
      {props.children}
    </pre>
  );
}
