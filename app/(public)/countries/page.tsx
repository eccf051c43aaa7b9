// /countries: every country with published cases or criticised laws.
import type { Metadata } from "next";
import Link from "next/link";
import { listCountries } from "@/lib/server/public/list-countries";

export const metadata: Metadata = {
  title: "Countries",
  description: "Cases, criticised laws and advocacy demands, country by country.",
};

export default async function CountriesPage() {
  const countries = await listCountries();
  return (
    <>
      <h1 className="text-3xl font-bold">Countries</h1>
      <table className="mt-6 w-full max-w-2xl border-collapse text-left">
        <caption className="sr-only">Countries with their number of published cases and criticised laws</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="px-3 py-2">Country</th>
            <th scope="col" className="px-3 py-2">Published cases</th>
            <th scope="col" className="px-3 py-2">Laws criticised</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.code} className="border-b border-slate-200">
              <td className="px-3 py-2">
                <Link href={`/countries/${c.code}`} className="text-blue-800 underline">{c.name}</Link>
              </td>
              <td className="px-3 py-2">{c.caseCount}</td>
              <td className="px-3 py-2">{c.lawCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
