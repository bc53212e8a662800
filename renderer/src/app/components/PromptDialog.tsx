import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

interface PromptDialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  /** The primary button; Enter in a field presses it too. */
  submitLabel: string;
  onSubmit(): void;
  /** Greys out the primary button (a write in flight, or nothing to submit yet). */
  disabled?: boolean;
  error?: string | null;
  /** A single labelled text field (a name or title), focused when the dialog opens. */
  field?: { label: string; value: string; onChange(value: string): void; id?: string };
  children?: ReactNode;
}

/**
 * The small modal every "name it" and "are you sure" step uses: an optional text field, whatever
 * else the step shows, an error line, and Cancel + one primary button that submits the form.
 */
export function PromptDialog({ title, open, onClose, submitLabel, onSubmit, disabled, error, field, children }: PromptDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const fieldId = field?.id ?? `${formId}-field`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onSubmit();
  };
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onClose}
      size="small"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('reader.cancel')}
          </button>
          <button type="submit" form={formId} className="primary" disabled={disabled}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={submit}>
        {field ? (
          <div className="field">
            <label htmlFor={fieldId}>{field.label}</label>
            <input id={fieldId} type="text" value={field.value} autoFocus onChange={(event) => field.onChange(event.target.value)} />
          </div>
        ) : null}
        {children}
        <ErrorAlert message={error} />
      </form>
    </Dialog>
  );
}

interface PromptButtonProps extends Omit<PromptDialogProps, 'title' | 'open' | 'onClose' | 'onSubmit'> {
  /** The button that opens the dialog; also the dialog's title unless `title` is given. */
  label: string;
  title?: string;
  triggerDisabled?: boolean;
  /** Called as the dialog opens: reset drafts and errors here. */
  onOpen?(): void;
  /** Runs on submit; the dialog closes once it resolves to true (false keeps it open, e.g. on an error). */
  onSubmit(): Promise<boolean>;
}

/** A button that opens a `PromptDialog` and closes it when the submit succeeds. */
export function PromptButton({ label, title, triggerDisabled, onOpen, onSubmit, ...dialog }: PromptButtonProps) {
  const [open, setOpen] = useState(false);
  const show = () => {
    onOpen?.();
    setOpen(true);
  };
  const submit = () => void onSubmit().then((done) => done && setOpen(false));
  return (
    <>
      <button type="button" disabled={triggerDisabled} onClick={show}>
        {label}
      </button>
      <PromptDialog {...dialog} title={title ?? label} open={open} onClose={() => setOpen(false)} onSubmit={submit} />
    </>
  );
}
