import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../catalog/schema.ts';
import { copyText, saveFile } from '../../components/save-file.ts';
import { RadioChoice } from '../../components/radio-choice.tsx';
import type { ExportText } from '../../exports/export-table.ts';
import type { ViewState } from '../../view/view-state.ts';
import { exportWordsOf } from './export-words.ts';
import { FORMATS, makeExport, shownRows, type ExportFormat } from './export-formats.ts';

/**
 * Export of the table shown, with its filters and order: CSV, catalog-shaped JSON or a Markdown
 * table, downloaded or copied. `rowIds` are the rows on screen, in their order.
 */
export function ExportPanel(props: { catalog: Catalog; state: ViewState; rowIds: string[] }) {
  const { t, i18n } = useTranslation('exports');
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [text, setText] = useState<ExportText>('both');
  const [status, setStatus] = useState('');
  const rows = shownRows(props.catalog, props.state.table, props.rowIds);
  const words = { ja: exportWordsOf(i18n, 'ja'), en: exportWordsOf(i18n, 'en') };
  const made = makeExport(format, props.catalog, props.state, rows, text, words, language);
  // The file's text is made from whatever the radios say at the moment of the click.
  const file = made.ok ? made.file : null;
  const problem = made.ok
    ? null
    : made.problem === 'no-paths'
      ? t('export.noPaths')
      : t('export.noRules');

  return (
    <div className="mt-2 flex flex-wrap items-start gap-6 rounded border border-slate-300 p-3 dark:border-slate-700">
      <RadioChoice
        legend={t('export.format')}
        name="export-format"
        value={format}
        onChange={(f) => {
          setFormat(f);
          setStatus('');
        }}
        options={FORMATS.map((f) => ({ value: f, label: t(`export.${f}`) }))}
      />
      {format === 'json' ? (
        <p className="max-w-xs text-sm">{t('export.jsonText')}</p>
      ) : (
        <RadioChoice
          legend={t('export.text')}
          name="export-text"
          value={text}
          onChange={setText}
          options={[
            { value: 'ja', label: t('export.textJa') },
            { value: 'en', label: t('export.textEn') },
            { value: 'both', label: t('export.textBoth') },
          ]}
        />
      )}
      <div className="space-y-2">
        <p className="text-sm">{t('export.rows', { count: props.rowIds.length })}</p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={!file}
            onClick={() => {
              if (!file) return;
              saveFile(file.name, file.text, file.type);
              setStatus(t('export.downloaded', { name: file.name }));
            }}
            className="rounded border border-slate-500 px-3 py-1 disabled:opacity-50"
          >
            {t('export.download')}
          </button>
          <button
            type="button"
            disabled={!file}
            onClick={() => {
              if (!file) return;
              void copyText(file.text).then((ok) =>
                setStatus(
                  ok
                    ? t('export.copied', { format: t(`export.${format}`) })
                    : t('export.copyFailed'),
                ),
              );
            }}
            className="rounded border border-slate-500 px-3 py-1 disabled:opacity-50"
          >
            {t('export.copy')}
          </button>
        </div>
        {problem && <p className="max-w-sm text-sm">{problem}</p>}
        <p role="status" className="text-sm">
          {status}
        </p>
      </div>
    </div>
  );
}
