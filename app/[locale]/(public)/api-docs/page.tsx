// /api-docs: the public API, described for people, from the same generated OpenAPI document.
import { ScrollRegion } from "@/components/scroll-region";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { openApiDocument } from "@/lib/api-contract/v1/openapi";
import { env } from "@/lib/env";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

type Props = { params: Promise<{ locale: string }> };
type Parameter = {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; enum?: string[]; default?: unknown };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ApiDocs" });
  return publicPageMetadata(locale, "/api-docs", { title: t("title"), description: t("intro") });
}

export default async function ApiDocsPage() {
  const t = await getTranslations("ApiDocs");
  const doc = openApiDocument(env().SITE_URL);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <p className="mt-2">
        <a href="/api/v1/openapi.json" className="text-blue-800 underline">
          {t("openapi")}
        </a>
      </p>
      {Object.entries(doc.paths).map(([path, item]) => {
        const get = item.get as { summary: string; parameters: Parameter[] };
        return (
          <section key={path} className="mt-8" aria-labelledby={`ep-${path}`}>
            <h2 id={`ep-${path}`} className="font-mono text-lg font-semibold break-all">
              GET {path}
            </h2>
            <p lang="en">{get.summary}</p>
            {get.parameters.length > 0 && (
              <ScrollRegion label={`${t("parameters")}: GET ${path}`} className="mt-2 max-w-4xl">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">{t("parameters")}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-1">
                        {t("name")}
                      </th>
                      <th scope="col" className="p-1">
                        {t("where")}
                      </th>
                      <th scope="col" className="p-1">
                        {t("values")}
                      </th>
                      <th scope="col" className="p-1">
                        {t("required")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {get.parameters.map((p) => (
                      <tr key={p.name} className="border-b border-slate-200 align-top">
                        <td className="p-1 font-mono break-all">{p.name}</td>
                        <td className="p-1">{p.in}</td>
                        <td className="p-1 [overflow-wrap:anywhere]" lang="en">
                          {p.schema.enum ? p.schema.enum.join(", ") : p.schema.type}
                          {p.schema.default !== undefined && ` (${t("default")}: ${String(p.schema.default)})`}
                          {p.description && <span className="block text-slate-600">{p.description}</span>}
                        </td>
                        <td className="p-1">{p.required ? t("yes") : t("no")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
        );
      })}
    </>
  );
}
