import { useId, useState, type ReactNode } from 'react';
import './sidebar.css';

const STORAGE_PREFIX = 'pa-sidebar-collapsed:';

function readCollapsed(id: string): boolean {
  try {
    return localStorage.getItem(STORAGE_PREFIX + id) === '1';
  } catch {
    return false; // storage refused (privacy mode): every section starts open
  }
}

function writeCollapsed(id: string, collapsed: boolean): void {
  try {
    if (collapsed) localStorage.setItem(STORAGE_PREFIX + id, '1');
    else localStorage.removeItem(STORAGE_PREFIX + id);
  } catch {
    // Not remembered this time; the section still collapses.
  }
}

interface CollapsibleSectionProps {
  /** Stable key under which the open/closed state is remembered (per browser profile). */
  id: string;
  title: string;
  /** Buttons beside the heading (e.g. `New dossier`); they stay visible when collapsed. */
  actions?: ReactNode;
  /** Caps the open section's height so a long list scrolls inside it instead of pushing the rest away. */
  maxHeight?: string;
  children: ReactNode;
}

/**
 * A sidebar section whose heading is a disclosure button (`aria-expanded`): the heading keeps the
 * section's name, and the choice is remembered in localStorage like the theme and UI language.
 */
export function CollapsibleSection({ id, title, actions, maxHeight, children }: CollapsibleSectionProps) {
  const bodyId = useId();
  const [collapsed, setCollapsed] = useState(() => readCollapsed(id));
  const toggle = () => {
    setCollapsed(!collapsed);
    writeCollapsed(id, !collapsed);
  };
  return (
    <section className="sidebar-section">
      <div className="section-head">
        <h2>
          <button type="button" className="section-toggle" aria-expanded={!collapsed} aria-controls={bodyId} onClick={toggle}>
            {title}
          </button>
        </h2>
        {actions}
      </div>
      <div id={bodyId} hidden={collapsed} className="section-body" style={maxHeight ? { maxHeight, overflowY: 'auto' } : undefined}>
        {children}
      </div>
    </section>
  );
}
