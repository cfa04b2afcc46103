import { httpxOptions, httpxView, type HttpxOptions, type HttpxView } from '../httpx/index.js';
import type { TargetDefinition } from '../../types.js';

/** httpx.AsyncClient run by asyncio.run: the same request as python-httpx; a file body is read into bytes (the async client takes no sync file as content). */
export const target: TargetDefinition<HttpxView, HttpxOptions> = {
  info: { id: 'python-httpx-async', label: 'Python (httpx async)', language: 'python', client: 'httpx (AsyncClient)', extension: 'py', fence: 'python', clientVersion: 'httpx 0.23+', prism: 'python', highlightjs: 'python', executedWith: 'Python 3.11.2 (Debian 12), httpx 0.23.3' },
  options: httpxOptions,
  view: (request, _warnings, options) => httpxView(request, options),
};
