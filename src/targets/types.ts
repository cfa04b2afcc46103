import type { PreparedRequest } from '../model/prepare.js';

export interface TargetInfo {
  /** Stable id used on the command line and in file names, e.g. `python-requests`. */
  id: string;
  /** Tab label in docs, e.g. `Python`. */
  label: string;
  /** Language name, e.g. `python`. */
  language: string;
  /** Client library, e.g. `requests`. */
  client: string;
  /** File extension without the dot. */
  extension: string;
  /** Markdown fence info string. */
  fence: string;
  /** The library version the snippet is written for. */
  clientVersion: string;
}

/**
 * One target: its description and the view model its template (`templates/<info.id>.hbs`) renders.
 * `view` prepares everything the template prints, request text wrapped as RequestText, and adds to
 * `warnings` whatever the client cannot express.
 */
export interface TargetDefinition<View extends object = object> {
  info: TargetInfo;
  view(request: PreparedRequest, warnings: string[]): View;
}
