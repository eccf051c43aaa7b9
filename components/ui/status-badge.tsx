// A case status as a coloured label; the colour is decoration, the text carries the meaning.
import { useTranslations } from "next-intl";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const TONES: Partial<Record<CaseStatus, string>> = {
  IMPRISONED: "bg-red-100 text-red-900",
  DETAINED: "bg-red-100 text-red-900",
  DETAINED_PRE_TRIAL: "bg-red-100 text-red-900",
  PSYCHIATRIC_DETENTION: "bg-red-100 text-red-900",
  INCOMMUNICADO: "bg-red-100 text-red-900",
  HOUSE_ARREST: "bg-orange-100 text-orange-900",
  RESTRICTED_NO_LEGAL_STATUS: "bg-orange-100 text-orange-900",
  TRAVEL_BAN: "bg-amber-100 text-amber-900",
  PROBATION: "bg-amber-100 text-amber-900",
  RELEASED: "bg-green-100 text-green-900",
  PARDONED: "bg-green-100 text-green-900",
  ACQUITTED: "bg-green-100 text-green-900",
  CHARGES_DROPPED: "bg-green-100 text-green-900",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations("CaseStatus");
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONES[status] ?? "bg-slate-100 text-slate-800"}`}
    >
      {t(status)}
    </span>
  );
}
