/** An error a person must read: role `alert`, so screen readers announce it. Renders nothing without one. */
export function ErrorAlert({ message }: { message: string | null | undefined | false }) {
  if (!message) return null;
  return (
    <div role="alert" className="alert">
      {message}
    </div>
  );
}
