import { useEffect } from 'react';

/**
 * Wide views (the role map, the port matrix) print in landscape on whatever paper the printer
 * has. The named @page must be set on <body>, so that the first page uses it too.
 */
export function useLandscapePrint() {
  useEffect(() => {
    document.body.dataset.print = 'landscape';
    return () => {
      delete document.body.dataset.print;
    };
  }, []);
}
