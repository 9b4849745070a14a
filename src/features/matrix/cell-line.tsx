import { Fragment, type ReactNode } from 'react';
import { lineTokens } from '../../diagrams/pair-lines.ts';

/**
 * One line of a cell: a narrow column wraps it between ports, never inside "49152-65535", and
 * never parts the marks before and after it (encryption, ⊘) from the ports.
 */
export function CellLine(props: { text: string; before?: ReactNode; after?: ReactNode }) {
  const tokens = lineTokens(props.text);
  return tokens.map((token, i) => {
    const piece = token.trimEnd();
    return (
      <Fragment key={i}>
        <span className="whitespace-nowrap">
          {i === 0 && props.before}
          {piece}
          {i === tokens.length - 1 && props.after}
        </span>
        {piece !== token && ' '}
      </Fragment>
    );
  });
}
