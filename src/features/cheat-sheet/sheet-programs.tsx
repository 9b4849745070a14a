import { useTranslation } from 'react-i18next';
import { programFileNames } from './sheet-plan.ts';

/** Up to this many programs are named; more are counted (the appendix names them all). */
export const PROGRAMS_NAMED = 2;

/** The programs of an entry's Setup rules: file names ("Store.exe"), or how many there are. */
export function SheetPrograms(props: { programs: readonly string[]; list: string }) {
  const { t } = useTranslation('sheet');
  const names = programFileNames(props.programs);
  if (names.length > PROGRAMS_NAMED) return <>{t('programCount', { count: names.length })}</>;
  return (
    <>
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 && props.list}
          <BreakAtDots text={name} />
        </span>
      ))}
    </>
  );
}

/** "Microsoft.Exchange.Imap4Service.exe" may wrap after a dot, never inside a word. */
export function BreakAtDots({ text }: { text: string }) {
  const parts = text.split(/(?<=[.\\])/u);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {part}
        </span>
      ))}
    </>
  );
}
