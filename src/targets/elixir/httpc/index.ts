import type { TargetDefinition } from '../../types.js';
import { httpcOptions, httpcView, type HttpcOptions, type HttpcView } from '../../httpc-shared.js';

const options = httpcOptions(2);

export const target: TargetDefinition<HttpcView, HttpcOptions> = {
  info: {
    id: 'elixir-httpc',
    label: 'Elixir',
    language: 'elixir',
    client: ':httpc',
    extension: 'exs',
    fence: 'elixir',
    clientVersion: 'Elixir 1.14+ (the ~c sigil), Erlang/OTP 25+ inets',
    prism: 'elixir',
    highlightjs: 'elixir',
    executedWith: 'Elixir 1.14.0 on Erlang/OTP 25.2.3 (Debian 12), inets 8.2.2 :httpc',
  },
  options,
  view: httpcView,
};
