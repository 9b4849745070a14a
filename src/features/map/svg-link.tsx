import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

/**
 * An SVG <a> that navigates like react-router's Link: a real href (so it can be opened in a new
 * tab, copied and followed by keyboard) and client-side navigation on a plain click.
 */
export function SvgLink(props: {
  to: To;
  label: string;
  describedBy?: string;
  className?: string;
  onShow: () => void;
  onHide: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const href = useHref(props.to);
  const navigate = useLinkClickHandler(props.to);
  return (
    <a
      href={href}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      className={props.className}
      data-testid={props.testId}
      // Typed as an HTML <a> by JSX; inside <svg> React creates the SVG one, which behaves alike.
      onClick={navigate}
      onFocus={props.onShow}
      onMouseEnter={props.onShow}
      onBlur={props.onHide}
      onMouseLeave={props.onHide}
    >
      {props.children}
    </a>
  );
}
