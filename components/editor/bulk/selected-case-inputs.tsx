// The selected cases as a bulk form sends them: each case's id with the version the table showed.
export type SelectedCase = { id: string; version: number; fullName: string };

export function SelectedCaseInputs({ cases }: { cases: SelectedCase[] }) {
  return cases.map((c) => <input key={c.id} type="hidden" name="cases" value={`${c.id}:${c.version}`} />);
}
