// The imports with changes waiting for review, one line each with a link to the import's own review page.
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PendingImport } from "@/lib/server/changes/list-pending-imports";

export function PendingImportList({ imports }: { imports: PendingImport[] }) {
  const t = useTranslations("Editor");
  const kinds = useTranslations("ChangeKind");
  const format = useFormatter();
  if (imports.length === 0) return null;
  return (
    <section aria-labelledby="imports-heading" className="mb-8">
      <h2 id="imports-heading" className="mb-2 text-xl font-semibold">
        {t("importsHeading")}
      </h2>
      <ul className="grid gap-2">
        {imports.map((batch) => (
          <li key={batch.id} className="rounded border border-slate-200 p-3" data-import-id={batch.id}>
            <p>
              {t("importLine", {
                file: batch.fileName,
                count: batch.pending,
                name: batch.createdBy.name,
                date: format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
            </p>
            <p className="text-sm text-slate-700">
              {batch.byKind.map((k) => `${kinds(k.kind)}: ${format.number(k.count)}`).join(" · ")}
            </p>
            <Link href={`/dashboard/reviews/imports/${batch.id}`} className="text-blue-800 underline">
              {t("importOpen")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
