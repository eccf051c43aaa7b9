// The <option>s of the editors' country and source pickers, one way everywhere they are offered.
export type CountryChoice = { code: string; name: string };
export type SourceChoice = { id: string; title: string; publisher: string | null };

export function CountryOptions({ countries }: { countries: CountryChoice[] }) {
  return countries.map((c) => (
    <option key={c.code} value={c.code}>
      {c.name}
    </option>
  ));
}

export function SourceOptions({ sources }: { sources: SourceChoice[] }) {
  return sources.map((s) => (
    <option key={s.id} value={s.id}>
      {s.title}
      {s.publisher ? ` — ${s.publisher}` : ""}
    </option>
  ));
}
