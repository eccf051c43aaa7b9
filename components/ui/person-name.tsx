// A person's name in the reader's script where an alias exists, always with the source's spelling beside it.
import { useLocale, useTranslations } from "next-intl";
import { displayName } from "@/lib/format/display-name";
import type { NameScript } from "@/lib/generated/prisma/enums";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = { fullName: string; aliases: { name: string; script: NameScript }[] };

export function PersonName({ fullName, aliases }: Props) {
  const t = useTranslations("Person");
  const { name, sourceName } = displayName(fullName, aliases, useLocale());
  if (!sourceName) return <span lang={CONTENT_LANGUAGE}>{name}</span>;
  return (
    <>
      {name}{" "}
      <span
        className="text-[0.8em] font-normal text-slate-600"
        lang={CONTENT_LANGUAGE}
        title={t("sourceSpelling", { name: sourceName })}
      >
        ({sourceName})
      </span>
    </>
  );
}
