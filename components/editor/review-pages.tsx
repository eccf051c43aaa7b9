// The review queue's page links: forward by the last change shown, and back to the start.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function ReviewPages({ path, after, next }: { path: string; after?: string; next: string | null }) {
  const t = useTranslations("Editor");
  if (!after && !next) return null;
  return (
    <nav aria-label={t("reviewPages")} className="mt-4 flex gap-4">
      {after && (
        <Link href={path} className="text-blue-800 underline">
          {t("reviewFirstPage")}
        </Link>
      )}
      {next && (
        <Link href={`${path}?after=${encodeURIComponent(next)}`} className="text-blue-800 underline">
          {t("reviewNextPage")}
        </Link>
      )}
    </nav>
  );
}
