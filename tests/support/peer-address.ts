// Requests built in a test, as the production server would hand them on: the TCP peer's address in the
// internal header, believed because this process "stamps" requests the way scripts/serve.ts does.
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

export function fromPeer(address: string): Record<string, string> {
  (globalThis as Record<symbol, unknown>)[Symbol.for("habeas.peer-address-stamping")] = true;
  return { [PEER_ADDRESS_HEADER]: address };
}
