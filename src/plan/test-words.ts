// Recognisable plan words for tests: each word shows where it came from, apart from the catalog's
// own text (`<dagPort>`, `[hub]`, `enc:default`).
import type { PlanWords } from './plan-text.ts';

export const TEST_PLAN_WORDS: PlanWords = {
  dynamicRange: 'dynamic',
  rangeSet: 'your range',
  dynamic: 'dynamic ports',
  any: 'any port',
  unnumbered: (service) => `${service} (no number)`,
  setting: (key) => `<${key}>`,
  endpoint: (id) => `[${id}]`,
  arrow: '→',
  list: ', ',
  encryption: (cls) => `enc:${cls}`,
};
