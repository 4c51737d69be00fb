import type { ComponentChildren } from 'preact';

/**
 * A link to a section further down. The dashboard also lives in the
 * workspace, whose address hash is its route: there a plain `#id` would
 * leave the dashboard, so the click scrolls and moves the focus instead.
 */
export function SectionLink({ to, children }: { to: string; children: ComponentChildren }) {
  return (
    <a
      href={`#${to}`}
      onClick={(event) => {
        const section = document.getElementById(to);
        if (!section) return;
        event.preventDefault();
        section.scrollIntoView();
        const heading = section.querySelector<HTMLElement>('h2');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
      }}
    >
      {children}
    </a>
  );
}
