// /countries/[code]: one country's cases, laws criticised, demands on its government, and sources.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CountryCases } from "@/components/country/country-cases";
import { LawList } from "@/components/country/law-list";
import { SourceList } from "@/components/country/source-list";
import { DemandList } from "@/components/person/demand-list";
import { STATUS_LABELS } from "@/lib/format/labels";
import { getCountryPage } from "@/lib/server/public/get-country-page";

type Params = { params: Promise<{ code: string }> };

const normalise = (code: string) => (/^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const code = normalise((await params).code);
  const page = code ? await getCountryPage(code) : null;
  if (!page) return { title: "Country not found" };
  return {
    title: page.country.name,
    description: `${page.country.name}: ${page.cases.length} published cases, the laws criticised and the demands on its government.`,
  };
}

export default async function CountryPage({ params }: Params) {
  const code = normalise((await params).code);
  const page = code ? await getCountryPage(code) : null;
  if (!page) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">{page.country.name}</h1>
      <section aria-labelledby="status-counts" className="mt-6">
        <h2 id="status-counts" className="text-xl font-semibold">Cases by status</h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {page.byStatus.map((s) => (
            <li key={s.status} className="rounded border border-slate-200 px-3 py-2">
              <Link href={`/cases?country=${page.country.code}&status=${s.status}`} className="text-blue-800 underline">
                {STATUS_LABELS[s.status]}
              </Link>
              : {s.count}
            </li>
          ))}
        </ul>
      </section>
      <CountryCases cases={page.cases} />
      <LawList laws={page.laws} />
      <DemandList demands={page.demands} heading="Demands on the government" />
      <SourceList sources={page.sources} />
    </>
  );
}
