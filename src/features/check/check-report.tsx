import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Catalog } from '../../catalog/schema.ts';
import { SUPPORT_NOTE_ID } from '../../catalog/support-statement.ts';
import { saveFile } from '../../components/save-file.ts';
import { FINDING_KINDS, type CheckReport as Report } from '../../firewall-check/findings.ts';
import type { ParseResult } from '../../firewall-check/server-rules.ts';
import { rolePageTarget } from '../../view/link-targets.ts';
import { useView } from '../../view/use-view.ts';
import { FindingItem } from './finding-item.tsx';
import {
  endpointName,
  findingText,
  reportFacts,
  type ReportFactId,
  type TextContext,
} from './finding-text.ts';
import { reportCsv, reportFileName, reportMarkdown } from './report-export.ts';

/** The facts the tests find by id. */
const FACT_TEST_IDS: Partial<Record<ReportFactId, string>> = {
  summary: 'check-summary',
  outbound: 'outbound-note',
};

/** Findings drawn at first: a paste of thousands of unrelated rules stays quick to show. */
const FIRST_SHOWN = 100;

/** The report: what was checked, the counts, the exports, then every finding, most harmful first. */
export function CheckReport(props: {
  report: Report;
  parsed: ParseResult;
  ctx: TextContext;
  catalog: Catalog;
}) {
  const { report, parsed, ctx, catalog } = props;
  const { say } = ctx;
  const { state, search } = useView();
  const [status, setStatus] = useState('');
  // The role's firewall script with the same environment and addresses: what "missing" asks for.
  const script = {
    ...rolePageTarget('scripts', report.role, report.dir),
    script: 'powershell' as const,
    env: state.env,
    peers: state.peers,
  };
  const [showAll, setShowAll] = useState(false);
  // Worded as drawn: a paste of thousands of unrelated rules words only the findings shown.
  const { findings } = report;
  const shown = useMemo(
    () => (showAll ? findings : findings.slice(0, FIRST_SHOWN)).map((f) => findingText(f, ctx)),
    [findings, showAll, ctx],
  );
  const dir = say(`dir.${report.dir}`);
  const support = findings.some((f) => f.unsupported)
    ? catalog.notes.find((n) => n.id === SUPPORT_NOTE_ID)
    : undefined;

  const save = (extension: 'md' | 'csv') => {
    const input = { report, parsed, ctx, link: window.location.href };
    const name = reportFileName(report, extension);
    // toCsv writes its own BOM; Markdown goes without one.
    if (extension === 'md') saveFile(name, reportMarkdown(input), 'text/markdown');
    else saveFile(name, reportCsv(input), 'text/csv');
    setStatus(say('export.downloaded', { name }));
  };

  return (
    <section
      aria-labelledby="check-report-heading"
      data-testid="check-report"
      className="space-y-3"
    >
      <h3 id="check-report-heading" className="text-lg font-semibold">
        {say('reportHeading')}:{' '}
        {say('reportFor', { role: endpointName(catalog, ctx.lang, report.role), dir })}
      </h3>
      <div className="space-y-0.5 text-sm [overflow-wrap:anywhere]">
        {reportFacts(report, parsed, say).map((fact) => (
          <p key={fact.id} data-testid={FACT_TEST_IDS[fact.id]}>
            {fact.text}
          </p>
        ))}
      </div>
      <dl
        aria-label={say('counts')}
        className="flex flex-wrap gap-x-4 gap-y-1"
        data-testid="check-counts"
      >
        {FINDING_KINDS.map((kind) => (
          <div key={kind} className="flex gap-1">
            <dt>{say(`kind.${kind}`)}:</dt>
            <dd className="font-semibold">{report.summary.counts[kind]}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        {(
          [
            ['export.markdown', () => save('md')],
            ['export.csv', () => save('csv')],
            ['export.print', () => window.print()],
          ] as const
        ).map(([label, act]) => (
          <button
            key={label}
            type="button"
            onClick={act}
            className="rounded border border-slate-500 px-3 py-1"
          >
            {say(label)}
          </button>
        ))}
        <Link className="underline" to={{ search: search(script) }}>
          {say('refs.script')}
        </Link>
        <span role="status" className="text-sm">
          {status}
        </span>
      </div>
      {support && (
        <blockquote className="border-l-4 border-slate-500 pl-3 text-sm" lang={ctx.lang}>
          <p className="font-semibold">{say('supportQuote', { line: support.sourceLine })}</p>
          <p>{support[ctx.lang]}</p>
        </blockquote>
      )}
      {findings.length === 0 ? (
        <p className="font-semibold" data-testid="check-clean">
          {say('clean')}
        </p>
      ) : (
        <ol className="space-y-3">
          {shown.map((text, i) => (
            <FindingItem
              key={i}
              text={text}
              role={report.role}
              dir={report.dir}
              ctx={ctx}
              say={say}
              catalog={catalog}
            />
          ))}
        </ol>
      )}
      {shown.length < findings.length && (
        <button
          type="button"
          onClick={() => setShowAll(true)}
          className="rounded border border-slate-500 px-3 py-1 print:hidden"
        >
          {say('showAll', { count: findings.length })}
        </button>
      )}
      {/* On paper: where the report comes from, and the link to check again (never the rules). */}
      <footer className="hidden space-y-1 border-t border-slate-400 pt-2 text-xs [overflow-wrap:anywhere] print:block">
        <p>{say('export.link', { link: window.location.href })}</p>
        <p>{say('export.source')}</p>
      </footer>
    </section>
  );
}
