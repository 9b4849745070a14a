// Runs in <head> before the body is painted (a classic script: the CSP forbids inline ones; see
// scripts/vite-prerender.ts). index.html holds the default table prerendered in Japanese; it is
// the right first paint only for a link with no key but `lang=ja` whose language is Japanese
// (the link's `lang`, else the browser's, else Japanese: as src/i18n/detect-language.ts reads it).
// Any other link gets data-first-paint="frame" on <html>: CSS (src/index.css) hides the table and
// shows the neutral frame, in the link's language (data-first-lang), until the app renders.
(() => {
  const params = new URLSearchParams(location.search);
  const isLanguage = (value) => value === 'ja' || value === 'en';
  let lang = null;
  let exact = true;
  params.forEach((value, key) => {
    const v = value.trim();
    if (key !== 'lang' || v !== 'ja') exact = false;
    if (key === 'lang' && !lang && isLanguage(v)) lang = v;
  });
  if (!lang) {
    const primaries = (navigator.languages || []).map(
      (tag) => String(tag).toLowerCase().split('-')[0],
    );
    lang = primaries.find(isLanguage) || null;
  }
  lang = lang || 'ja';
  if (!exact || lang !== 'ja') {
    const root = document.documentElement;
    root.setAttribute('data-first-paint', 'frame');
    root.setAttribute('data-first-lang', lang);
  }
})();
