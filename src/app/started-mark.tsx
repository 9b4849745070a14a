import { useEffect } from 'react';

/**
 * Marks <html> once the app's first render has committed: public/early.js's startup watchdog
 * then stands down (its message, if it showed, went with the first paint the render replaced).
 */
export function StartedMark() {
  useEffect(() => {
    document.documentElement.setAttribute('data-app-started', '');
    document.documentElement.removeAttribute('data-app-stalled');
  }, []);
  return null;
}
