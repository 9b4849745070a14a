// Catches a render error in one view and says so in the user's language, so that the header, the
// language switch and the other views keep working. "Try again" renders the view afresh; the link
// goes back to the first page, keeping the language of the link.
import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** Which view this boundary guards (e.g. "explorer", "sheet"); shown with the message. */
  name?: string;
  /** The query string of the app's start, in the link's language ("?lang=en"). */
  startSearch: string;
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

  private readonly reset = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
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
          <button
            type="button"
            onClick={this.reset}
            className="rounded border border-current px-3 py-1"
          >
            {t('crash.retry')}
          </button>
          <a href={this.props.startSearch} className="underline">
            {t('crash.home')}
          </a>
        </p>
      </section>
    );
  }
}

/** Wrap one view in it: `<ErrorBoundary name="explorer"><ExplorerPage … /></ErrorBoundary>`. */
export const ErrorBoundary = withTranslation()(ViewErrorBoundary);
