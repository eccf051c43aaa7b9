// The records of a case the editor can change: its stays in places of detention, the person's spellings, the
// charges, the demands, the facts and the citations of the case itself, each with a link to edit it and one to
// remove it (through review when the public would notice, on the record's own page, which is told the case so a
// charge shared by several leaves this one).
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StaffCase } from "@/lib/server/cases/get-staff-case";
import { formatPartialDateInput } from "@/lib/validations/partial-date";

type Item = { id: string; label: string; detail?: string | null };

function RecordGroup({
  heading,
  type,
  items,
  caseId,
}: {
  heading: string;
  type: string;
  items: Item[];
  caseId: string;
}) {
  const t = useTranslations("Records");
  if (items.length === 0) return null;
  return (
    <div className="mt-3" data-related={type}>
      <h3 className="font-semibold">{heading}</h3>
      <ul className="mt-1 divide-y divide-slate-200">
        {items.map((item) => (
          <li key={item.id} className="flex flex-wrap items-baseline gap-x-3 py-1.5">
            <span className="min-w-0 break-words" lang="en">
              {item.label}
            </span>
            {item.detail && <span className="text-sm text-slate-600">{item.detail}</span>}
            <Link href={`/dashboard/records/${type}/${item.id}`} className="text-blue-800 underline">
              {t("edit")}
            </Link>
            <Link
              href={`/dashboard/records/${type}/${item.id}?case=${encodeURIComponent(caseId)}#remove`}
              className="text-red-800 underline"
            >
              {t("remove")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CaseRelatedRecords({ found }: { found: StaffCase }) {
  const t = useTranslations("Records");
  const kinds = useTranslations("DemandKind");
  const places = useTranslations("Places");
  return (
    <>
      <RecordGroup
        heading={places("stays")}
        type="placeStay"
        caseId={found.id}
        items={found.stays.map((s) => ({
          id: s.id,
          label: s.place.name,
          detail: formatPartialDateInput(s.date, s.datePrecision) || null,
        }))}
      />
      <RecordGroup
        heading={t("type.alias")}
        type="alias"
        caseId={found.id}
        items={found.person.aliases.map((a) => ({ id: a.id, label: a.name }))}
      />
      <RecordGroup
        heading={t("type.charge")}
        type="charge"
        caseId={found.id}
        items={found.charges.map(({ charge }) => ({
          id: charge.id,
          label: charge.description,
          detail: charge.article,
        }))}
      />
      <RecordGroup
        heading={t("type.demand")}
        type="demand"
        caseId={found.id}
        items={found.demands.map((d) => ({
          id: d.id,
          label: d.description,
          detail: `${kinds(d.kind)} · ${d.targetAuthority}`,
        }))}
      />
      <RecordGroup
        heading={t("type.caseFact")}
        type="caseFact"
        caseId={found.id}
        items={found.facts.map((f) => ({ id: f.id, label: f.text }))}
      />
      <RecordGroup
        heading={t("type.citation")}
        type="citation"
        caseId={found.id}
        items={found.citations.map((c) => ({ id: c.id, label: `“${c.quote.slice(0, 160)}”`, detail: c.source.title }))}
      />
    </>
  );
}
