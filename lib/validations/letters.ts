// The editors' "letters not advised" form.
import { z } from "zod";
import { ZCheckboxSchema } from "./case";

export const ZLettersAdviceSchema = z.object({
  caseId: z.string().min(1).max(100),
  lettersNotAdvised: ZCheckboxSchema,
});
export type TLettersAdvice = z.infer<typeof ZLettersAdviceSchema>;
