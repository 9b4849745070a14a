import type { ParseResult } from '../../firewall-check/server-rules.ts';
import type { CheckSay } from './check-words.ts';
import { problemText } from './finding-text.ts';

/** How many problems are named one by one; the rest are counted. */
const SHOWN = 5;

/** What could not be read in the paste, each in words, as text (a rule name is never run). */
export function ParseProblems(props: { say: CheckSay; parsed: ParseResult; text: string }) {
  const { say, parsed } = props;
  if (props.text.trim() === '') return <p className="text-sm">{say('waiting')}</p>;
  if (parsed.problems.length === 0) return null;
  const shown = parsed.problems.slice(0, SHOWN);
  const more = parsed.problems.length - shown.length;
  return (
    <section
      role="alert"
      aria-labelledby="check-problems-heading"
      data-testid="parse-problems"
      className="space-y-1 rounded border-2 border-amber-700 p-3 dark:border-amber-400"
    >
      <h3 id="check-problems-heading" className="font-semibold">
        {say('problemsHeading')}
      </h3>
      <ul className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
        {shown.map((problem, i) => (
          <li key={`${problem.line}-${i}`}>{problemText(problem, say, parsed.rules.length)}</li>
        ))}
      </ul>
      {more > 0 && <p className="text-sm">{say('problemsMore', { count: more })}</p>}
    </section>
  );
}
