import { makeSnippet } from '../../core/search/snippet';

/** Text with the query's words marked (accent- and case-insensitively, by stem). */
export function Highlighted({ text, terms, maxChars }: { text: string; terms: readonly string[]; maxChars?: number }) {
  if (terms.length === 0) return <>{maxChars && text.length > maxChars ? `${text.slice(0, maxChars)}…` : text}</>;
  const parts = makeSnippet(text, [...terms], maxChars ?? Math.max(text.length, 1));
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
