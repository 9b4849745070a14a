// Text of the connectivity-check scripts' comments: the tool's name, the endpoints in the page's
// language, where the data comes from, the environment, and each data path's heading. Plain
// lines; the script comments them (`#`). The words are `say` phrases (locales/<lang>/
// check-script.json); the source's own text (paths, ports cells, titles) is quoted verbatim.
import type { Catalog, DataPath, EndpointId } from '../catalog/schema.ts';
import type { Language } from '../catalog/languages.ts';
import {
  ENVIRONMENT_KEYS,
  SETTING_SOURCES,
  formatRange,
  type Environment,
} from '../plan/environment.ts';
import { LINE_BREAKS, type Say } from './script-words.ts';

export const TOOL = 'Exchange 2010 port explorer';

/** An endpoint's catalog name in the given language, with its id. */
export const endpointName = (catalog: Catalog, id: EndpointId, lang: Language): string => {
  const e = catalog.endpoints.find((x) => x.id === id);
  return e ? `${e.name[lang]} (${id})` : id;
};

/** Where the data comes from: the source document, as the catalog names it. */
export const sourceLines = (catalog: Catalog, say: Say, lang: Language): string[] => {
  const d = catalog.document;
  return [
    say('check.madeFrom', { titleJa: d.title.ja, titleEn: d.title.en }),
    say('check.applies', {
      applies: lang === 'ja' ? d.appliesTo.ja : `${d.appliesTo.ja} / ${d.appliesTo.en}`,
      updated: d.updated,
    }),
  ];
};

/** A text on one line: its lines (split on every line break) joined by spaces. */
const oneLine = (text: string) => text.split(LINE_BREAKS).join(' ');

/**
 * The row's heading: its id, its path as the source gives it (in English output also the
 * English path), its ports cell verbatim.
 */
export const rowLines = (row: DataPath, say: Say, lang: Language): string[] => [
  `${row.id}: ${oneLine(row.source.ja.path)}`,
  ...(lang === 'en' ? [`  ${oneLine(row.source.en.path)}`] : []),
  say('check.rowPorts', { ports: oneLine(row.source.ja.ports) }),
];

/** What the administrator's environment changes, said once at the top (none: nothing). */
export const environmentLines = (env: Environment, say: Say): string[] => {
  const set = ENVIRONMENT_KEYS.flatMap((key) => {
    const value = env[key];
    if (value === null) return [];
    const text = typeof value === 'number' ? `${value}` : formatRange(value);
    const { where, show } = SETTING_SOURCES[key];
    return [
      say('check.envSetting', { name: key, value: text }),
      say('check.envWhere', { where }),
      say('check.envShow', { show }),
    ];
  });
  if (set.length === 0) return [];
  return [say('check.envHeading'), ...set, say('check.envNote'), ''];
};
