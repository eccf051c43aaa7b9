// The top of a person's page: name, other spellings, roles and biography.
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import type { Footnotes } from "@/lib/citations/footnotes";
import { ROLE_LABELS } from "@/lib/format/labels";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { person: PersonPage; footnotes: Footnotes };

export function PersonHeader({ person, footnotes }: Props) {
  const byClaim = (claim: string) => footnotes.numbersFor(person.citations.filter((c) => c.claim === claim));
  return (
    <header>
      <h1 className={`text-3xl font-bold ${person.isUnnamed ? "italic" : ""}`}>{person.fullName}</h1>
      {person.isUnnamed && <p className="mt-1 text-slate-700">The source does not name this person.</p>}
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Other spellings</dt>
        <dd>
          {person.aliases.length === 0 ? (
            <span className="italic text-slate-500">None recorded</span>
          ) : (
            <ul className="flex flex-wrap gap-x-4">
              {person.aliases.map((a) => (
                <li key={a.id}>{a.name}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">Roles</dt>
        <dd>
          {person.roles.map((r) => ROLE_LABELS[r]).join(", ")}
          <FootnoteRefs numbers={byClaim("roles")} />
        </dd>
      </dl>
      {person.biography && (
        <p className="mt-4 max-w-3xl">
          {person.biography}
          <FootnoteRefs numbers={byClaim("biography")} />
        </p>
      )}
    </header>
  );
}
