// Typed keys: `t('summary.heading')` is checked by tsc against the Japanese resources.
import 'i18next';
import type { resources } from './resources.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['ja'];
  }
}
