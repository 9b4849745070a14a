import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enExplorer from '../../locales/en/explorer.json' with { type: 'json' };
import enExports from '../../locales/en/exports.json' with { type: 'json' };
import enLabels from '../../locales/en/labels.json' with { type: 'json' };
import enPlan from '../../locales/en/plan.json' with { type: 'json' };
import enSheet from '../../locales/en/sheet.json' with { type: 'json' };
import jaCommon from '../../locales/ja/common.json' with { type: 'json' };
import jaExplorer from '../../locales/ja/explorer.json' with { type: 'json' };
import jaExports from '../../locales/ja/exports.json' with { type: 'json' };
import jaLabels from '../../locales/ja/labels.json' with { type: 'json' };
import jaPlan from '../../locales/ja/plan.json' with { type: 'json' };
import jaSheet from '../../locales/ja/sheet.json' with { type: 'json' };

export const resources = {
  ja: {
    common: jaCommon,
    explorer: jaExplorer,
    exports: jaExports,
    labels: jaLabels,
    plan: jaPlan,
    sheet: jaSheet,
  },
  en: {
    common: enCommon,
    explorer: enExplorer,
    exports: enExports,
    labels: enLabels,
    plan: enPlan,
    sheet: enSheet,
  },
} as const;
