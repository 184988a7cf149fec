import type { ReactNode } from 'react';
import { useState } from 'react';

/**
 * "Team set-up" (name, delete, new team): open while the team is empty, when setting
 * up is what there is to do; folded away once it has members, so the page leads with
 * what the team's links show. A native <details>: its summary is a button to keyboards
 * and screen readers, and says whether it is open. The parent remounts it (a `key`)
 * when the team, or whether it is empty, changes, so it opens and closes with that.
 */
export function TeamSetup({
  defaultOpen,
  children,
}: {
  defaultOpen: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="card team-setup"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="team-setup__summary">
        <span className="team-setup__title">Team set-up</span>{' '}
        <span className="team-setup__hint">rename, start another team, delete</span>
      </summary>
      <div className="team-setup__body">{children}</div>
    </details>
  );
}
