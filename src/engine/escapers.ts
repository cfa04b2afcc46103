import { helpers as c } from '../targets/c/escape.js';
import { helpers as clojure } from '../targets/clojure/escape.js';
import { helpers as cmd } from '../targets/shell/cmd.js';
import { helpers as crystal } from '../targets/crystal/escape.js';
import { helpers as csharp } from '../targets/csharp/escape.js';
import { helpers as dart } from '../targets/dart/escape.js';
import { helpers as elixir } from '../targets/elixir/escape.js';
import { helpers as erlang } from '../targets/erlang/escape.js';
import { helpers as fsharp } from '../targets/fsharp/escape.js';
import { helpers as go } from '../targets/go/escape.js';
import { helpers as java } from '../targets/java/escape.js';
import { helpers as javascript } from '../targets/javascript/escape.js';
import { helpers as kotlin } from '../targets/kotlin/escape.js';
import { helpers as lua } from '../targets/lua/escape.js';
import { helpers as ocaml } from '../targets/ocaml/escape.js';
import { helpers as objc } from '../targets/objectivec/escape.js';
import { helpers as perl } from '../targets/perl/escape.js';
import { helpers as php } from '../targets/php/escape.js';
import { helpers as powershell } from '../targets/powershell/escape.js';
import { helpers as python } from '../targets/python/escape.js';
import { helpers as r } from '../targets/r/escape.js';
import { helpers as ruby } from '../targets/ruby/escape.js';
import { helpers as rust } from '../targets/rust/escape.js';
import { helpers as shell } from '../targets/shell/escape.js';
import { helpers as swift } from '../targets/swift/escape.js';

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
