// The admin settings form.
import { z } from "zod";

export const ZFourEyesSchema = z.object({ enabled: z.boolean() });
