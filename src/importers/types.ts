import type { RequestInput } from "../model/schema.js";
import type { SourcePaths } from "./source-paths.js";

/** One request of an input file (a request model, a Postman collection, a spec, a HAR), with where it sits in it. */
export interface ImportedRequest {
  name: string;
  /** Folder names from the collection root down; empty for a top-level request. */
  folders: string[];
  request: RequestInput;
  /** A key the input gives the request that survives a rename (a Postman item's `id`): its id and paths follow it. */
  key?: string;
  /** Where the importer read each field, so an error names it as the input file has it. */
  sources?: SourcePaths;
  /** Example responses the input keeps for it (a Postman item's saved examples, a spec's response examples). */
  responses?: ExampleResponse[];
  /** For a request made from an OpenAPI/Swagger operation: which one (the id and file names follow it). */
  operation?: SpecOperation;
}

/** An example response, as a docs page shows it under the request. */
export interface ExampleResponse {
  /** The example's name (a Postman example's), or its status line. */
  name: string;
  /** The HTTP status code, when known. */
  status?: number;
  /** The body's media type (`application/json`), when known. */
  contentType?: string;
  body: string;
}

/** The operation of a spec a request was made from. */
export interface SpecOperation {
  operationId?: string;
  /** Upper-case, e.g. `GET`. */
  method: string;
  /** The key of the spec's `paths` object, e.g. `/pets/{petId}` (without the server's base path). */
  path: string;
  /** The request body's media type when the operation has several and each got its own request (`--all-media-types`). */
  mediaType?: string;
}

/** A request of a collection whose Postman fields have a shape no request can be made of. */
export interface ImportFailure {
  /** The item's name, or `item[3]` when it has none. */
  name: string;
  folders: string[];
  /** What is wrong and where in the item, e.g. `header: expected an array`. */
  message: string;
}
