// How each kind of record is written, and whether a change to it would show on the public site: one typed handler
// per record type, in records/.
import type { RecordType } from "@/lib/records/fields";
import type { RecordHandler } from "./records/handler";
import { aliasHandler } from "./records/alias";
import { caseFactHandler } from "./records/case-fact";
import { chargeHandler } from "./records/charge";
import { citationHandler } from "./records/citation";
import { demandHandler } from "./records/demand";
import { externalIdHandler } from "./records/external-id";
import { lawHandler } from "./records/law";
import { organisationHandler } from "./records/organisation";
import { personHandler } from "./records/person";
import { placeHandler } from "./records/place";
import { placeNameHandler } from "./records/place-name";
import { placeStayHandler } from "./records/place-stay";
import { sourceHandler } from "./records/source";

export type { RecordHandler };

export const RECORD_HANDLERS: Record<RecordType, RecordHandler> = {
  person: personHandler,
  alias: aliasHandler,
  externalId: externalIdHandler,
  charge: chargeHandler,
  demand: demandHandler,
  caseFact: caseFactHandler,
  law: lawHandler,
  organisation: organisationHandler,
  source: sourceHandler,
  citation: citationHandler,
  place: placeHandler,
  placeName: placeNameHandler,
  placeStay: placeStayHandler,
};
