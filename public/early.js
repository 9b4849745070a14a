// Runs in <head> before the body is painted (a classic script: the CSP forbids inline ones; see
// scripts/vite-prerender.ts). index.html holds the default table prerendered in Japanese; it is
// the right first paint only for a link with no key but `lang=ja` whose language is Japanese
// (the link's `lang`, else the browser's, else Japanese: as src/i18n/detect-language.ts reads it).
// Any other link gets data-first-paint="frame" on <html>: CSS (src/index.css) hides the table and
// shows the neutral frame, in the link's language (data-first-lang), until the app renders.
// A pasted link can be megabytes long, and everything on the page reads the address: this script,
// the first paint, the router, and the browser itself for every link drawn under it. So the
// first thing that runs cuts it to its whole `key=value` pairs within the first 8,192 characters
// (LINK_LIMIT, src/view/url-state.ts, which reads no further either) and leaves in history.state
// how many pairs were ignored and the first of them, which the app names on the page
// (src/view/view-provider.tsx).
(() => {
  const LIMIT = 8192;
  const query = location.search.slice(1);
  if (query.length <= LIMIT) return;
  const end = query.charAt(LIMIT) === '&' ? LIMIT : query.lastIndexOf('&', LIMIT);
  const kept = end > 0 ? query.slice(0, end) : '';
  const restStart = end > 0 ? end + 1 : 0;
  let pairs = restStart < query.length ? 1 : 0;
  for (let at = query.indexOf('&', restStart); at !== -1; at = query.indexOf('&', at + 1)) pairs++;
  const firstEnd = query.indexOf('&', restStart);
  const first = query.slice(
    restStart,
    firstEnd === -1 ? restStart + 200 : Math.min(firstEnd, restStart + 200),
  );
  // Decoded for the message; where the 200 characters end inside a character's %-escapes, those
  // are dropped first; a broken escape elsewhere is shown as it was typed.
  const decode = (text, tries) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return tries > 0 ? decode(text.replace(/%[0-9A-Fa-f]{0,2}$/, ''), tries - 1) : null;
    }
  };
  const shown = decode(first, 3) ?? first;
  const state = Object.assign({}, history.state, { linkCut: { values: pairs, first: shown } });
  history.replaceState(state, '', `${location.pathname}${kept ? `?${kept}` : ''}${location.hash}`);
})();

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

// The startup watchdog. When the app's code cannot run (a host serving .js as text/plain, the page
// opened from a file://, a file missing), the page would say "Loading…" for ever. Instead, when a
// script, module preload or stylesheet of the page fails to load, or when the app has not started
// 8 s after the page loaded, <html> gets data-app-stalled="script-failed" | "timeout", and CSS
// (src/index.css) shows the message that scripts/vite-prerender.ts put, hidden, into the first
// paint of each language. The app marks <html> with data-app-started once it renders (main.tsx),
// which stands the watchdog down; its render replaces the first paint, message and all.
(() => {
  const root = document.documentElement;
  const STARTUP_TIMEOUT_MS = 8000;

  // The same choice as the CSS, made with `hidden` attributes: where the stylesheet could not load
  // either (file://, a host serving every file as text/plain), the page would otherwise show both
  // languages' frames and both reasons at once.
  const showMessageOnly = (reason) => {
    const frame = root.getAttribute('data-first-paint') === 'frame';
    const lang = root.getAttribute('data-first-lang') || 'ja';
    const shown = frame ? `[data-first-frame="${lang}"]` : '[data-prerender]';
    const hide = (selector, hidden) =>
      document.querySelectorAll(selector).forEach((element) => {
        element.hidden = hidden(element);
      });
    hide('[data-prerender], [data-first-frame]', (element) => !element.matches(shown));
    hide('.prerender-notice, [data-first-frame] main > [role="status"]', () => true);
    hide('[data-stall-reason]', (element) => element.dataset.stallReason !== reason);
    hide('[data-app-stall]', (element) => !element.closest(shown));
  };

  const stall = (reason) => {
    if (root.hasAttribute('data-app-started') || root.hasAttribute('data-app-stalled')) return;
    root.setAttribute('data-app-stalled', reason);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => showMessageOnly(reason));
    } else {
      showMessageOnly(reason);
    }
  };
  const isPageFile = (element) =>
    element instanceof HTMLScriptElement ||
    (element instanceof HTMLLinkElement && /\b(stylesheet|modulepreload)\b/i.test(element.rel));
  // A failed file fires `error` on its element, which does not bubble: listen while it is captured.
  window.addEventListener(
    'error',
    (event) => {
      if (isPageFile(event.target)) stall('script-failed');
    },
    true,
  );
  window.addEventListener('load', () => setTimeout(() => stall('timeout'), STARTUP_TIMEOUT_MS));
})();
