import type { Highlighted as Parts } from '@/lib/search';

/** Text with what the search matched marked. */
export function Highlighted({ parts }: { parts: Parts }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
