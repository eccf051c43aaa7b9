// Advocacy demands: who is asked to do what, and whether it has been met.
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import type { FootnoteCitation, Footnotes } from "@/lib/citations/footnotes";
import { DEMAND_KIND_LABELS, DEMAND_STATUS_LABELS } from "@/lib/format/labels";
import type { DemandKind, DemandStatus } from "@/lib/generated/prisma/enums";

export type DemandItem = {
  id: string;
  kind: DemandKind;
  description: string;
  targetAuthority: string;
  status: DemandStatus;
  citations?: FootnoteCitation[];
};

type Props = { demands: DemandItem[]; footnotes?: Footnotes; heading?: string };

export function DemandList({ demands, footnotes, heading = "Demands" }: Props) {
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">{heading}</h3>
      {demands.length === 0 ? (
        <p className="italic text-slate-500">No demands recorded.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {demands.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 p-3">
              <p>
                <span className="font-medium">{DEMAND_KIND_LABELS[d.kind]}:</span> {d.description}
                {footnotes && d.citations && <FootnoteRefs numbers={footnotes.numbersFor(d.citations)} />}
              </p>
              <p className="text-sm text-slate-700">
                Addressed to {d.targetAuthority} · Status: {DEMAND_STATUS_LABELS[d.status]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
