// Superscript links from a claim to its numbered sources at the foot of the page.
export function FootnoteRefs({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ","}
          <a href={`#fn-${n}`} className="text-blue-800 underline" aria-label={`Source ${n}`}>
            [{n}]
          </a>
        </span>
      ))}
    </sup>
  );
}
