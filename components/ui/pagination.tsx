// Previous/next links and the current position in a paged list.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";

/**
 * `approximate`: the total is an estimate, shown as "about N". `rowCount`: the rows this page holds, when the
 * caller has them, so that a page past an estimated end is told apart from a real one.
 */
type Props = {
  page: number;
  pageSize: number;
  total: number;
  approximate?: boolean;
  rowCount?: number;
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageSize, total, approximate = false, rowCount, hrefFor }: Props) {
  const t = useTranslations("Pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const linkClass = "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100";
  // A page past the end says so and offers the last page it knows of, never "Page 99 of 2".
  const beyond = page > 1 && (approximate ? rowCount === 0 : page > pages);
  if (beyond) {
    const target = approximate ? 1 : pages;
    return (
      <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
        <p aria-live="polite">{approximate ? t("noSuchPageAbout", { page }) : t("noSuchPage", { page, pages })}</p>
        <Link className={linkClass} href={hrefFor(target)}>
          {approximate ? t("firstPage") : t("lastPage", { page: target })}
        </Link>
      </nav>
    );
  }
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite">
        {t(approximate ? "showingAbout" : "showing", { first, last, total })} ·{" "}
        {t(approximate ? "pageOfAbout" : "pageOf", { page, pages })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {page < pages || (approximate && last === page * pageSize) ? (
          <Link className={linkClass} href={hrefFor(page + 1)} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
