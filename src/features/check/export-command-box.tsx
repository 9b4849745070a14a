import { CodeBlock } from '../../components/code-block.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { EXPORT_COMMAND, EXPORT_FILE_NAME } from '../../firewall-check/export-command.ts';
import type { CheckSay } from './check-words.ts';

/** Step 1: the read-only export command, to copy in one piece into PowerShell on the server. */
export function ExportCommandBox(props: { say: CheckSay }) {
  const { say } = props;
  return (
    <section aria-labelledby="check-export-heading" className="space-y-2 print:hidden">
      <h3 id="check-export-heading" className="font-semibold">
        {say('exportHeading')}
      </h3>
      <p className="max-w-3xl text-sm">{say('exportHelp', { file: EXPORT_FILE_NAME })}</p>
      <p className="max-w-3xl text-sm">{say('groupPolicy')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton
          text={() => EXPORT_COMMAND}
          label={say('copyCommand')}
          copied={say('copied')}
          failed={say('copyFailed')}
        />
      </div>
      <CodeBlock label={say('exportCommand')} testId="export-command" maxHeight>
        {EXPORT_COMMAND}
      </CodeBlock>
    </section>
  );
}
