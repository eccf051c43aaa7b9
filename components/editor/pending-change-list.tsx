// Changes waiting for a second person, with what each would do and the buttons to decide.
import { useFormatter, useTranslations } from "next-intl";
import type { PendingChange } from "@/lib/server/changes/list-pending-changes";
import { QuoteCheckNote } from "./quote-check-note";
import { ReleaseDemandsOffer } from "./release-demands-offer";
import { ReviewForm } from "./review-form";

function Summary({ change }: { change: PendingChange }) {
  const statuses = useTranslations("CaseStatus");
  const records = useTranslations("Records");
  const payload = change.payload as Record<string, unknown>;
  if (change.kind.endsWith("_RECORD")) {
    const form = payload.form as { fields?: Record<string, unknown>; citation?: { quote?: string } };
    return (
      <div className="text-sm">
        <p>{records.has(`type.${change.entityType}` as never) ? records(`type.${change.entityType}` as never) : change.entityType}</p>
        <ul className="list-disc pl-5">
          {Object.entries(form.fields ?? {}).map(([field, value]) => (
            <li key={field}>
              <span className="font-mono">{field}</span>: {Array.isArray(value) ? value.join(", ") : String(value ?? "—")}
            </li>
          ))}
        </ul>
        {form.citation?.quote && <q className="italic">{form.citation.quote}</q>}
      </div>
    );
  }
  if (change.kind === "CHANGE_STATUS" && change.case) {
    const form = payload.form as { toStatus?: string; when?: string; citation?: { quote?: string } };
    const to = form.toStatus && statuses.has(form.toStatus as never) ? statuses(form.toStatus as never) : form.toStatus;
    return (
      <p>
        {statuses(change.case!.status)} → {to} {form.when ? `(${form.when})` : ""}
        {form.citation?.quote && <q className="ml-2 italic">{form.citation.quote}</q>}
      </p>
    );
  }
  if (change.kind === "UPDATE_CASE") {
    const changes = payload.changes as Record<string, [unknown, unknown]>;
    return (
      <ul className="list-disc pl-5 text-sm">
        {Object.entries(changes).map(([field, [before, after]]) => (
          <li key={field}>
            <span className="font-mono">{field}</span>: {String(before ?? "—")} → {String(after ?? "—")}
          </li>
        ))}
      </ul>
    );
  }
  return null;
}

const proposedToMeet = (change: PendingChange) => {
  const form = (change.payload as { form?: { meetReleaseDemands?: unknown } }).form;
  return form?.meetReleaseDemands === true || form?.meetReleaseDemands === "on";
};

export function PendingChangeList({ changes, currentUserId }: { changes: PendingChange[]; currentUserId: string }) {
  const t = useTranslations("Editor");
  const kinds = useTranslations("ChangeKind");
  const format = useFormatter();
  if (changes.length === 0) return <p className="italic text-slate-600">{t("noPending")}</p>;
  return (
    <ul className="mt-2 grid gap-3">
      {changes.map((change) => (
        <li key={change.id} className="rounded border border-slate-200 p-3" data-change-id={change.id}>
          <p className="font-medium">
            {kinds(change.kind)}
            {change.case && ` · ${change.case.person.fullName}`} · {t("proposedBy", { name: change.createdBy.name })} ·{" "}
            {format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
          <Summary change={change} />
          <QuoteCheckNote quoteFound={change.quoteFound} variant="review" />
          <div className="mt-2">
            <ReviewForm changeId={change.id} own={change.createdById === currentUserId}>
              <ReleaseDemandsOffer demands={change.openReleaseDemands} proposed={proposedToMeet(change)} />
            </ReviewForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
