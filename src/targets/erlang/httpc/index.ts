import type { TargetDefinition } from '../../types.js';
import { httpcOptions, httpcView, type HttpcOptions, type HttpcView } from '../../httpc-shared.js';

const options = httpcOptions(4);

export const target: TargetDefinition<HttpcView, HttpcOptions> = {
  info: {
    id: 'erlang-httpc',
    label: 'Erlang',
    language: 'erlang',
    client: 'httpc',
    extension: 'escript',
    fence: 'erlang',
    clientVersion: 'Erlang/OTP 21+ inets (an escript)',
    prism: 'erlang',
    highlightjs: 'erlang',
    executedWith: 'Erlang/OTP 25.2.3 (Debian 12), inets 8.2.2 httpc',
  },
  options,
  view: httpcView,
};
