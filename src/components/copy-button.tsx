import { useState } from 'react';
import { copyText } from './save-file.ts';

/**
 * A button that copies generated text, and says beside it whether the clipboard took it (the
 * browser may refuse: then the user selects the text). The text is made on click, not on render.
 */
export function CopyButton(props: {
  text: () => string;
  label: string;
  copied: string;
  failed: string;
}) {
  const [status, setStatus] = useState('');
  return (
    <>
      <button
        type="button"
        onClick={() =>
          void copyText(props.text()).then((ok) => setStatus(ok ? props.copied : props.failed))
        }
        className="rounded border border-slate-500 px-3 py-1"
      >
        {props.label}
      </button>
      <span role="status" className="text-sm">
        {status}
      </span>
    </>
  );
}
