"use client";
// Shows people with a similar name, drafts included, while a new person is being entered.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { findDuplicatesAction } from "@/lib/actions/cases/case-actions";
import type { PossibleDuplicate } from "@/lib/server/cases/find-possible-duplicates";

export function DuplicateWarning({ name, countryCode }: { name: string; countryCode?: string }) {
  const t = useTranslations("Editor");
  const statuses = useTranslations("CaseStatus");
  const [matches, setMatches] = useState<PossibleDuplicate[]>([]);
  // A name too short to search shows nothing; derived here rather than cleared in the effect.
  const tooShort = name.trim().length < 3;
  useEffect(() => {
    if (tooShort) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await findDuplicatesAction(name, countryCode);
      if (current && result.ok) setMatches(result.data);
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [name, countryCode, tooShort]);
  if (tooShort || matches.length === 0) return null;
  return (
    <div role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
      <p className="font-medium">{t("possibleDuplicates")}</p>
      <ul className="mt-1 list-disc pl-5">
        {matches.map((m) => (
          <li key={m.personId}>
            {m.caseId ? (
              <Link href={`/dashboard/cases/${m.caseId}`} className="text-blue-800 underline">
                {m.fullName}
              </Link>
            ) : (
              m.fullName
            )}
            {m.countryCode && ` · ${m.countryCode}`}
            {m.status && ` · ${statuses(m.status)}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
