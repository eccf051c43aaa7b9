// A status change end to end, as the editor's action does it: validate the form, lock the case, write the event,
// the case's status and the audit row in one transaction (the case_count and sort-key triggers included), then
// drop the cached public reads. In-process, signed in as a benchmark editor, four-eyes off for the run.
import { setSessionResolverForTests } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { FOUR_EYES_KEY } from "@/lib/server/internal/four-eyes";
import { invalidatePublicRecords } from "@/lib/server/public/cached";

const STATUSES = ["RELEASED", "IMPRISONED", "HOUSE_ARREST", "PROBATION"] as const;

export async function benchStatusChange(cases: number, runs = 60) {
  const editor = await db.user.upsert({
    where: { email: "bench-editor@habeas.invalid" },
    create: { email: "bench-editor@habeas.invalid", name: "Benchmark editor (synthetic)", role: "EDITOR" },
    update: {},
    select: { id: true, sessionVersion: true },
  });
  setSessionResolverForTests(async () => ({ userId: editor.id, sessionVersion: editor.sessionVersion }));
  const before = await db.setting.findUnique({ where: { key: FOUR_EYES_KEY } });
  await db.setting.upsert({
    where: { key: FOUR_EYES_KEY },
    create: { key: FOUR_EYES_KEY, value: false },
    update: { value: false },
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const caseId = `syn-${(i * 104_729 + 17) % cases}`;
      const { version } = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
      const started = performance.now();
      await changeCaseStatus({
        caseId,
        version: String(version),
        toStatus: STATUSES[i % STATUSES.length],
        when: "2026-11",
        note: "Synthetic status change for the benchmark.",
        citation: {
          sourceId: "synthetic-source",
          newSourceTitle: "",
          newSourcePublisher: "",
          newSourceUrl: "",
          newSourceKind: "NEWS_ARTICLE",
          newSourcePublished: "",
          quote: "Synthetic quote — not real.",
        },
      });
      invalidatePublicRecords();
      times.push(performance.now() - started);
    }
  } finally {
    if (before) await db.setting.update({ where: { key: FOUR_EYES_KEY }, data: { value: before.value as never } });
    else await db.setting.delete({ where: { key: FOUR_EYES_KEY } });
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  console.log(
    `Status change end to end (validate, transaction with audit and count triggers, cache refresh), ${runs} changes: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms (target ≤ 100 ms)${p(0.95) <= 100 ? " — met" : " — MISSED"}`,
  );
}
