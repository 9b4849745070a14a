import { useState, type ChangeEvent, type ClipboardEvent } from 'react';
import type { CheckSay } from './check-words.ts';
import { MAX_FILE_MB, readRulesFile } from './read-rules-file.ts';
import { EMPTY_RULES, SHOWN_LIMIT, heldRules, type RulesText } from './rules-text.ts';

const lineCount = (text: string) => text.split('\n').length;

/** Characters as a size a reader compares with the file's: "86 KB", "1.0 MB". */
const sizeText = (characters: number) =>
  characters < 1024 * 1024
    ? `${Math.round(characters / 1024)} KB`
    : `${(characters / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Step 2: the export pasted, or its file chosen. The text lives in the page's memory only (the
 * caller's state): never in the link, never in storage.
 */
export function RulesInput(props: {
  say: CheckSay;
  rules: RulesText;
  onRules: (rules: RulesText) => void;
}) {
  const { say, onRules, rules } = props;
  const [status, setStatus] = useState('');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const reading = await readRulesFile(file);
    // The same file can be chosen again after it changed on disk.
    input.value = '';
    if (reading.ok) {
      onRules(heldRules(reading.text));
      setStatus(say('fileRead', { name: file.name }));
    } else {
      setStatus(
        reading.reason === 'too-large'
          ? say('fileTooLarge', { name: file.name, limit: MAX_FILE_MB })
          : say('fileUnreadable', { name: file.name }),
      );
    }
  };

  // A long paste replaces the text and is held; a short one is the textarea's own business.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (text.length <= SHOWN_LIMIT) return;
    event.preventDefault();
    onRules(heldRules(text));
    setStatus('');
  };

  return (
    <section aria-labelledby="check-input-heading" className="space-y-2 print:hidden">
      <h3 id="check-input-heading" className="font-semibold">
        {say('inputHeading')}
      </h3>
      <p className="max-w-3xl text-sm">{say('formats')}</p>
      <label htmlFor="check-rules" className="block">
        {say('pasteLabel')}
      </label>
      {!rules.shown && (
        <p id="check-rules-held" className="text-sm font-semibold" data-testid="rules-held">
          {say('held', {
            lines: lineCount(rules.text),
            size: sizeText(rules.text.length),
          })}
        </p>
      )}
      <textarea
        id="check-rules"
        value={rules.shown ? rules.text : ''}
        onChange={(event) => onRules({ text: event.target.value, shown: true })}
        onPaste={onPaste}
        aria-describedby={rules.shown ? undefined : 'check-rules-held'}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        wrap="off"
        className="w-full rounded border border-slate-500 bg-white p-2 font-mono text-xs dark:bg-slate-800"
      />
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex flex-wrap items-center gap-2">
          <span>{say('chooseFile')}</span>
          <input
            type="file"
            accept=".txt,text/plain"
            onChange={(event) => void onFile(event)}
            className="text-sm file:mr-2 file:rounded file:border file:border-slate-500 file:bg-transparent file:px-3 file:py-1 file:text-inherit"
          />
        </label>
        <button
          type="button"
          disabled={rules.text === ''}
          onClick={() => {
            onRules(EMPTY_RULES);
            setStatus('');
          }}
          className="rounded border border-slate-500 px-3 py-1 disabled:opacity-60"
        >
          {say('clear')}
        </button>
        <span role="status" className="text-sm">
          {status}
        </span>
      </div>
    </section>
  );
}
