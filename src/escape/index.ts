import { helpers as c } from './c.js';
import { helpers as clojure } from './clojure.js';
import { helpers as cmd } from './cmd.js';
import { helpers as crystal } from './crystal.js';
import { helpers as csharp } from './csharp.js';
import { helpers as dart } from './dart.js';
import { helpers as elixir } from './elixir.js';
import { helpers as erlang } from './erlang.js';
import { helpers as fsharp } from './fsharp.js';
import { helpers as go } from './go.js';
import { helpers as java } from './java.js';
import { helpers as javascript } from './javascript.js';
import { helpers as kotlin } from './kotlin.js';
import { helpers as lua } from './lua.js';
import { helpers as ocaml } from './ocaml.js';
import { helpers as objc } from './objc.js';
import { helpers as perl } from './perl.js';
import { helpers as php } from './php.js';
import { helpers as powershell } from './powershell.js';
import { helpers as python } from './python.js';
import { helpers as r } from './r.js';
import { helpers as ruby } from './ruby.js';
import { helpers as rust } from './rust.js';
import { helpers as shell } from './shell.js';
import { helpers as swift } from './swift.js';

/** Every literal escaper by helper name: the only way a template prints request data. */
export const escapers: Record<string, (text: string) => string> = {
  ...c,
  ...clojure,
  ...cmd,
  ...crystal,
  ...csharp,
  ...dart,
  ...elixir,
  ...erlang,
  ...fsharp,
  ...go,
  ...java,
  ...javascript,
  ...kotlin,
  ...lua,
  ...ocaml,
  ...objc,
  ...perl,
  ...php,
  ...powershell,
  ...python,
  ...r,
  ...ruby,
  ...rust,
  ...shell,
  ...swift,
};
