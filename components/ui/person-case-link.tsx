// A link to a person's public case page, named in the reader's script (PersonName); an unnamed person's neutral
// description is set in italics so it never reads as a name.
import type { NameScript } from "@/lib/generated/prisma/enums";
import { LocaleLink as Link } from "./locale-link";
import { PersonName } from "./person-name";

type Props = {
  person: { slug: string; fullName: string; isUnnamed: boolean; aliases: { name: string; script: NameScript }[] };
};

export function PersonCaseLink({ person }: Props) {
  return (
    <Link href={`/cases/${person.slug}`} className={`text-blue-800 underline ${person.isUnnamed ? "italic" : ""}`}>
      <PersonName fullName={person.fullName} aliases={person.aliases} />
    </Link>
  );
}
