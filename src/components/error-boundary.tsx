// Catches a render error in one view and says so in the user's language, so that the header, the
// language switch and the other views keep working. "Try again" renders the view afresh; the link
// goes back to the first page, keeping the language of the link.
// A view whose code could not be loaded (chunk-load-error.ts: an old tab after an update) gets its
// own message, with Reload first: it opens the same link in the new version. "Try again" imports
// the view again (retryable-lazy.tsx), which works once the file is reachable again.
import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { isChunkLoadError } from './chunk-load-error.ts';
import { retryFailedImports } from './retryable-lazy.tsx';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Which view this boundary guards (e.g. "explorer", "sheet"); shown with the message. */
  name?: string;
  /** The query string of the app's start, in the link's language ("?lang=en"). */
  startSearch: string;
  /** Reloads the page, same URL (tests pass their own). */
  reload?: () => void;
}

interface State {
  error: Error | null;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

class ViewErrorBoundary extends Component<ErrorBoundaryProps & WithTranslation, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: asError(error) };
  }

  private readonly reset = () => {
    retryFailedImports();
    this.setState({ error: null });
  };

  private readonly reload = () => (this.props.reload ?? reloadPage)();

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkLoadError(error)) return this.renderNotLoaded(error);
    const { t, name } = this.props;
    return (
      <section
        role="alert"
        data-view={name}
        className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
      >
        <h2 className="text-lg font-semibold">{t('crash.heading')}</h2>
        {name && <p className="mt-1 text-sm">{t('crash.view', { name })}</p>}
        <p className="mt-2 font-mono text-sm break-words">
          {t('crash.message', { message: error.message || error.name })}
        </p>
        <p className="mt-2">{t('crash.hint')}</p>
        <p className="mt-3 flex flex-wrap items-center gap-3">
          {this.retryButton()}
          <a href={this.props.startSearch} className="underline">
            {t('crash.home')}
          </a>
        </p>
      </section>
    );
  }

  /** "Try again": renders the view anew, its failed import run again (retryable-lazy.tsx). */
  private retryButton() {
    return (
      <button
        type="button"
        onClick={this.reset}
        className="rounded border border-current px-3 py-1"
      >
        {this.props.t('crash.retry')}
      </button>
    );
  }

  private renderNotLoaded(error: Error) {
    const { t, name } = this.props;
    return (
      <section
        role="alert"
        data-view={name}
        data-chunk-error=""
        className="rounded border-2 border-amber-700 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
      >
        <h2 className="text-lg font-semibold">{t('crash.notLoaded.heading')}</h2>
        <p className="mt-2">{t('crash.notLoaded.hint')}</p>
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={this.reload}
            className="rounded border border-amber-800 bg-amber-800 px-3 py-1 font-semibold text-white dark:border-amber-200 dark:bg-amber-200 dark:text-amber-950"
          >
            {t('crash.notLoaded.reload')}
          </button>
          {this.retryButton()}
        </p>
        <p className="mt-3 font-mono text-xs break-words">
          {t('crash.message', { message: error.message || error.name })}
        </p>
      </section>
    );
  }
}

const reloadPage = () => window.location.reload();

/** Wrap one view in it: `<ErrorBoundary name="explorer"><ExplorerPage … /></ErrorBoundary>`. */
export const ErrorBoundary = withTranslation()(ViewErrorBoundary);
