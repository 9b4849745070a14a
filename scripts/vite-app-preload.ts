import type { Plugin } from 'vite';

/** The app's own entry (src/main.tsx), which src/boot.ts imports once the first paint is done. */
const APP_ENTRY = '/src/main.tsx';

/**
 * index.html runs src/boot.ts, which loads the app with a dynamic import only after it has drawn
 * the first paint, so that the app's code does not hold the first paint back. The app's files
 * are preloaded from the start anyway (modulepreload fetches and compiles without running), so
 * the wait costs no download time. Vite preloads only an entry's static imports, hence this.
 */
export function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        );
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(APP_ENTRY));
        if (!app) throw new Error(`preload-app: no chunk for ${APP_ENTRY}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
        };
        visit(app.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}`, 'data-app': '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
