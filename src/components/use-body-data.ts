import { useEffect } from 'react';

/**
 * Sets `data-<name>` on <body> while the view is shown. Print CSS keys named @page rules (paper
 * size, landscape) on it: a named page must sit on <body> so that even the first page uses it.
 */
export function useBodyData(name: 'paper' | 'print', value: string) {
  useEffect(() => {
    document.body.dataset[name] = value;
    return () => {
      document.body.removeAttribute(`data-${name}`);
    };
  }, [name, value]);
}
