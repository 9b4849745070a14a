// React.lazy keeps the first outcome of its import for good: once the import has failed, every
// later render throws that same error, so "Try again" could never load the view. A view made
// with retryableLazy remembers a failure instead, and retryFailedImports() (the error boundary's
// "Try again") swaps each failed one for a fresh React.lazy that runs the import again.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const failed = new Set<() => void>();

/** Makes every view whose import failed import again the next time it renders. */
export function retryFailedImports(): void {
  const resets = [...failed];
  failed.clear();
  for (const reset of resets) reset();
}

/**
 * `retryableLazy(() => import('./map-page.tsx').then((m) => m.MapPage))`: a lazily loaded
 * component, to render inside <Suspense>, whose failed import is retried by retryFailedImports().
 */
export function retryableLazy<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(reset);
          throw error;
        },
      ),
    );
  let current = make();
  const reset = () => {
    current = make();
  };
  function RetryableLazy(props: P) {
    const Current = current;
    return <Current {...props} />;
  }
  return RetryableLazy;
}
