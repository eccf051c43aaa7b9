// Runs in the browser before any of the app's code. Zod compiles object schemas with `new Function` when it
// may, and probes for that even when it then falls back; under the Content-Security-Policy (no eval) that
// probe is reported as a violation. Jitless mode skips both; the browser only validates small forms.
import { z } from "zod";

z.config({ jitless: true });
