import { t, type RequestText } from '../../../engine/request-text.js';
import type { PreparedFormField } from '../../../model/prepare.js';
import * as z from 'zod';
import { curlHeaderLines, curlMethod, type CurlMethod } from '../../libcurl-shared.js';
import { sharedOptions } from '../../options.js';
import type { TargetDefinition } from '../../types.js';

/** A curlpp::FormParts part: Content (text) or File (a path; libcurl names the part after its base name). */
interface FormPart {
  name: RequestText;
  text: RequestText | undefined;
  src: RequestText | undefined;
  contentType: RequestText | undefined;
}

interface CurlppView extends CurlMethod {
  url: RequestText;
  headerLines: RequestText[];
  headerList: boolean;
  body: RequestText | undefined;
  bodyFile: RequestText | undefined;
  parts: FormPart[] | undefined;
  /** `user:password` for CURLOPT_USERPWD (curlpp 0.8 has no separate user name and password options). */
  userPassword: RequestText | undefined;
  followRedirects: boolean;
  /** CURLOPT_TIMEOUT_MS, through curlpp's generic OptionTrait (curlpp 0.8 names only CURLOPT_TIMEOUT, in whole seconds). */
  timeoutMs: number | undefined;
}

const options = z.object({
  indent: sharedOptions.indent(4),
  followRedirects: sharedOptions.followRedirects(false),
  timeout: sharedOptions.timeout(),
});

export const target: TargetDefinition<CurlppView, z.infer<typeof options>> = {
  info: {
    id: 'cpp-curlpp',
    label: 'C++ curlpp',
    language: 'cpp',
    client: 'curlpp',
    extension: 'cpp',
    fence: 'cpp',
    clientVersion: 'curlpp 0.8, C++11',
    prism: 'cpp',
    highlightjs: 'cpp',
    executedWith: 'curlpp 0.8.1 on libcurl 7.88.1, g++ 12.2 -std=c++17 (Debian 12)',
  },
  options,
  view(request, warnings, { followRedirects, timeout }) {
    const body = request.body;
    const method = curlMethod(request, warnings, 'curlpp');
    const headerLines = curlHeaderLines(request);
    const parts = body.mode === 'formdata' ? body.params.map((field) => toPart(field, warnings)) : undefined;
    return {
      ...method,
      url: t(request.fullUrl),
      headerLines,
      headerList: headerLines.length > 0 || method.dropDefaultType || method.dropExpect,
      body: body.mode === 'raw' ? t(body.text) : body.mode === 'urlencoded' ? t(body.encoded) : undefined,
      bodyFile: body.mode === 'file' ? t(body.src) : undefined,
      parts,
      userPassword: request.basicAuth === undefined ? undefined : t(`${request.basicAuth.username}:${request.basicAuth.password}`),
      followRedirects,
      timeoutMs: timeout > 0 ? Math.max(1, Math.round(timeout * 1000)) : undefined,
    };
  },
};

function toPart(field: PreparedFormField, warnings: string[]): FormPart {
  if (field.type === 'file') {
    const baseName = field.src.slice(field.src.lastIndexOf('/') + 1);
    if (baseName !== field.fileName) warnings.push(`curlpp::FormParts::File names the part after the file (${JSON.stringify(baseName)}), not ${JSON.stringify(field.fileName)}.`);
  } else if (field.value.includes('\0')) {
    warnings.push(`curlpp::FormParts::Content copies a text part up to its first NUL; the part ${JSON.stringify(field.key)} is cut there.`);
  }
  return {
    name: t(field.key),
    text: field.type === 'text' ? t(field.value) : undefined,
    src: field.type === 'file' ? t(field.src) : undefined,
    contentType: field.contentType === undefined ? undefined : t(field.contentType),
  };
}
