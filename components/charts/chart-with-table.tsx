"use client";
// A chart (recharts) with the same numbers as a table: screen readers and printouts get the table, and
// anyone can open it. The chart itself is hidden from assistive technology, which reads the table instead, so
// nothing in it takes focus (recharts' keyboard layer is off): a focusable element inside aria-hidden would
// be reached by Tab and announced as nothing.
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { evenTicks } from "@/lib/format/even-ticks";

/** `extra` is a second series (such as "not known"), drawn dashed and given its own column. */
export type ChartDatum = { label: string; value: number; extra?: number };

type Props = {
  id: string;
  title: string;
  data: ChartDatum[];
  kind?: "bar" | "line";
  labelHeading: string;
  valueHeading: string;
  extraHeading?: string;
};

export function ChartWithTable({ id, title, data, kind = "bar", labelHeading, valueHeading, extraHeading }: Props) {
  const t = useTranslations("Statistics");
  const ticks = evenTicks(Math.max(0, ...data.flatMap((d) => [d.value, d.extra ?? 0])));
  const yAxis = <YAxis allowDecimals={false} ticks={ticks} domain={[0, ticks.at(-1)!]} interval={0} />;
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded border border-slate-200 p-3">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {data.length === 0 ? (
        <p className="italic text-slate-600">{t("noData")}</p>
      ) : (
        <div aria-hidden="true" className="mt-2 h-64 print:hidden">
          <ResponsiveContainer width="100%" height="100%">
            {kind === "bar" ? (
              <BarChart data={data} margin={{ left: 0, right: 8, bottom: 40 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" interval={0} angle={-30} textAnchor="end" height={60} tick={{ fontSize: 11 }} />
                {yAxis}
                <Tooltip />
                <Bar dataKey="value" name={valueHeading} fill="#7a1f1f" />
              </BarChart>
            ) : (
              <LineChart data={data} margin={{ left: 0, right: 8 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" />
                {yAxis}
                <Tooltip />
                <Line type="monotone" dataKey="value" name={valueHeading} stroke="#7a1f1f" strokeWidth={2} />
                {extraHeading && (
                  <Line
                    type="monotone"
                    dataKey="extra"
                    name={extraHeading}
                    stroke="#64748b"
                    strokeDasharray="5 4"
                    strokeWidth={2}
                  />
                )}
              </LineChart>
            )}
          </ResponsiveContainer>
        </div>
      )}
      {/* Printed open: see the print rules for details in app/globals.css. */}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm text-blue-800 underline">{t("showTable")}</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">
                {labelHeading}
              </th>
              <th scope="col" className="text-right">
                {valueHeading}
              </th>
              {extraHeading && (
                <th scope="col" className="pl-6 text-right">
                  {extraHeading}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <td className="pr-6">{d.label}</td>
                <td className="text-right">{d.value}</td>
                {extraHeading && <td className="pl-6 text-right">{d.extra ?? 0}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
