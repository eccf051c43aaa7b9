// /sources/[id]: one source, who authored it, and every public claim that cites it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CitedClaims } from "@/components/source/cited-claims";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { ContentLanguageNotice } from "@/components/ui/content-language-notice";
import { OrNotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { getSourcePage } from "@/lib/server/public/cached";
import { webHref } from "@/lib/validations/web-url";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams?: Promise<TSearchParams>;
};

/** `?after=<citation id>`: the claims after that one (see SOURCE_PAGE_CLAIMS); anything else means the first page. */
async function load(params: Props["params"], searchParams?: Props["searchParams"]) {
  const { id } = await params;
  const raw = firstValues((await searchParams) ?? {}).after;
  const after = raw !== undefined && /^[A-Za-z0-9_-]{1,100}$/.test(raw) ? raw : null;
  const locale = await resolveLocale(params);
  return { locale, page: id.length <= 100 ? await getSourcePage(id, after) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  const t = await getTranslations({ locale, namespace: "Sources" });
  const kinds = await getTranslations({ locale, namespace: "SourceKind" });
  if (!page) return { title: t("notFoundTitle") };
  return publicPageMetadata(locale, `/sources/${page.source.id}`, {
    title: page.source.title,
    description: t("metaDescription", { kind: kinds(page.source.kind) }),
  });
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { page } = await load(params, searchParams);
  if (!page) notFound();
  const t = await getTranslations("Sources");
  const kinds = await getTranslations("SourceKind");
  const roles = await getTranslations("OrganisationRole");
  const { source } = page;
  const whole = !page.after && !page.nextAfter;
  return (
    <>
      <p className="text-sm uppercase tracking-wide text-slate-600">{kinds(source.kind)}</p>
      <h1 className="text-3xl font-bold" lang={CONTENT_LANGUAGE}>
        {source.title}
      </h1>
      <ContentLanguageNotice />
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("publisher")}</dt>
        <dd lang={CONTENT_LANGUAGE}>
          <OrNotKnown value={source.publisher} />
        </dd>
        <dt className="font-semibold">{t("authors")}</dt>
        <dd lang={CONTENT_LANGUAGE}>
          <OrNotKnown value={source.authors.join(", ")} />
        </dd>
        <dt className="font-semibold">{t("published")}</dt>
        <dd>
          <PartialDate date={source.publishedDate} precision={source.publishedPrecision} />
        </dd>
        <dt className="font-semibold">{t("address")}</dt>
        <dd>
          <OrNotKnown value={source.url}>
            {source.url &&
              (webHref(source.url) ? (
                <a href={webHref(source.url)!} className="text-blue-800 underline" rel="noopener noreferrer">
                  {source.url}
                </a>
              ) : (
                source.url
              ))}
          </OrNotKnown>
        </dd>
        {source.archiveNote && (
          <>
            <dt className="font-semibold">{t("note")}</dt>
            <dd lang={CONTENT_LANGUAGE}>{source.archiveNote}</dd>
          </>
        )}
      </dl>
      {source.organisations.length > 0 && (
        <section aria-labelledby="organisations" className="mt-6">
          <h2 id="organisations" className="text-xl font-semibold">
            {t("organisations")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {source.organisations.map((o) => (
              <li key={o.organisation.name}>
                <span lang={CONTENT_LANGUAGE}>
                  {o.organisation.name}
                  {o.organisation.acronym && ` (${o.organisation.acronym})`}
                </span>{" "}
                — {roles(o.role)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Counts only where this page holds every claim; counting a source's thousands of claims is not cheap. */}
      <CitedClaims
        heading={whole ? t("citedBy", { count: page.citations.length }) : t("citedByPaged")}
        citations={page.citations}
      />
      {page.quotedIn.length > 0 && (
        <CitedClaims
          heading={whole ? t("quotedIn", { count: page.quotedIn.length }) : t("quotedInPaged")}
          citations={page.quotedIn}
        />
      )}
      {!whole && (
        <nav aria-label={t("claimPages")} className="mt-4 flex gap-2 text-sm">
          {page.after && (
            <Link className="rounded border border-slate-300 px-3 py-1" href={`/sources/${source.id}`}>
              {t("firstClaims")}
            </Link>
          )}
          {page.nextAfter && (
            <Link
              className="rounded border border-slate-300 px-3 py-1"
              rel="next"
              href={`/sources/${source.id}?after=${encodeURIComponent(page.nextAfter)}`}
            >
              {t("nextClaims")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
