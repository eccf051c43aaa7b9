// Advocacy demands: who is asked to do what, and whether it has been met.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import type { FootnoteCitation, Footnotes } from "@/lib/citations/footnotes";
import type { DemandKind, DemandStatus } from "@/lib/generated/prisma/enums";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

export type DemandItem = {
  id: string;
  kind: DemandKind;
  description: string;
  targetAuthority: string;
  status: DemandStatus;
  citations?: FootnoteCitation[];
};

type Props = { demands: DemandItem[]; footnotes?: Footnotes; heading?: string };

export function DemandList({ demands, footnotes, heading }: Props) {
  const t = useTranslations("Person");
  const kinds = useTranslations("DemandKind");
  const statuses = useTranslations("DemandStatus");
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">{heading ?? t("demands")}</h3>
      {demands.length === 0 ? (
        <p className="italic text-slate-500">{t("noDemands")}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {demands.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 p-3">
              <p>
                <span className="font-medium">{kinds(d.kind)}:</span>{" "}
                <span lang={CONTENT_LANGUAGE}>{d.description}</span>
                {footnotes && d.citations && <FootnoteRefs numbers={footnotes.numbersFor(d.citations)} />}
              </p>
              <p className="text-sm text-slate-700">
                {t.rich("addressedTo", {
                  target: () => <span lang={CONTENT_LANGUAGE}>{d.targetAuthority}</span>,
                  status: statuses(d.status),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
