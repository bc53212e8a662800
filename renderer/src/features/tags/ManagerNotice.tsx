import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast, type ToastInput } from '../../app/components/Toasts';

const NoticeContext = createContext<((notice: ToastInput) => void) | null>(null);

/**
 * Shows the manager's messages (and their Undo) inside the "Manage tags" dialog. The app's toasts
 * sit outside the modal <dialog>, which makes everything outside it inert: an Undo there could
 * not be clicked until the dialog closed.
 */
export function ManagerNoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<ToastInput | null>(null);
  const show = useCallback((next: ToastInput) => setNotice(next), []);
  return (
    <NoticeContext.Provider value={show}>
      <div role={notice?.error ? 'alert' : 'status'} className={notice ? 'manager-notice' : undefined} style={notice ? { display: 'flex', gap: 8, alignItems: 'center', padding: '6px 10px', marginBottom: 8, background: 'var(--panel-2)', borderRadius: 6 } : undefined}>
        {notice ? <span>{notice.message}</span> : null}
        {notice?.undo ? (
          <button
            type="button"
            onClick={() => {
              const undo = notice.undo;
              setNotice(null);
              void undo?.();
            }}
          >
            {t('toast.undo')}
          </button>
        ) : null}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

/** Notifies inside the tag manager when there is one, else through the app's toasts. */
export function useManagerNotify(): (notice: ToastInput) => void {
  const inManager = useContext(NoticeContext);
  const toast = useToast();
  return inManager ?? toast;
}
