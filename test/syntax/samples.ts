import type { GrammarName } from './tree-sitter.js';

/**
 * For each grammar: a small snippet in our targets' style that parses clean, and the same snippet
 * broken the way an escaping bug breaks it (request data closing its string literal early). The
 * checker must accept the first and report the second on `brokenLine`; otherwise a broken checker
 * (wrong grammar, errors not walked) would pass every snippet silently.
 */
export interface BrokenSample {
  valid: string;
  broken: string;
  brokenLine: number;
}

export const brokenSamples: Record<GrammarName, BrokenSample> = {
  bash: {
    valid: `curl --location 'https://api.example.com/echo' \\\n--header 'X-Quote: it'\\''s'\n`,
    broken: `curl --location 'https://api.example.com/echo' \\\n--header 'X-Quote: it's'\n`,
    brokenLine: 2,
  },
  // C and C++ read `"say "hi""` as adjacent literals around a macro name, which parses: the broken samples end after an
  // odd quote. tree-sitter-c reports a broken statement inside a function at the function's first line, so the C sample
  // is made of file-scope declarations.
  c: {
    valid: `#include <curl/curl.h>\n\nstatic const char *url = "https://api.example.com/echo";\nstatic const char *header = "X-Quote: say \\"hi\\"";\nstatic const char *after = "ok";\n`,
    broken: `#include <curl/curl.h>\n\nstatic const char *url = "https://api.example.com/echo";\nstatic const char *header = "X-Quote: say "hi";\nstatic const char *after = "ok";\n`,
    brokenLine: 4,
  },
  cpp: {
    valid: `#include <httplib.h>\n\nint main()\n{\n    httplib::Headers headers = {{"X-Quote", "say \\"hi\\""}};\n    return 0;\n}\n`,
    broken: `#include <httplib.h>\n\nint main()\n{\n    httplib::Headers headers = {{"X-Quote", "say "hi"}};\n    return 0;\n}\n`,
    brokenLine: 5,
  },
  c_sharp: {
    valid: `var client = new RestClient("https://api.example.com");\nvar request = new RestRequest("/echo", Method.Get);\nrequest.AddHeader("X-Quote", "say \\"hi\\"");\nRestResponse response = await client.ExecuteAsync(request);\nConsole.WriteLine(response.Content);\n`,
    broken: `var client = new RestClient("https://api.example.com");\nvar request = new RestRequest("/echo", Method.Get);\nrequest.AddHeader("X-Quote", "say "hi"");\nRestResponse response = await client.ExecuteAsync(request);\nConsole.WriteLine(response.Content);\n`,
    brokenLine: 3,
  },
  elixir: {
    valid: `:inets.start()\nheaders = [\n  {~c"X-Quote", ~c"say \\"hi\\""}\n]\nIO.inspect(headers)\n`,
    broken: `:inets.start()\nheaders = [\n  {~c"X-Quote", ~c"say "hi""}\n]\nIO.inspect(headers)\n`,
    brokenLine: 3,
  },
  go: {
    valid: `package main\n\nimport "net/http"\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", "https://api.example.com/echo", nil)\n\treq.Header.Add("X-Quote", "say \\"hi\\"")\n}\n`,
    broken: `package main\n\nimport "net/http"\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", "https://api.example.com/echo", nil)\n\treq.Header.Add("X-Quote", "say "hi"")\n}\n`,
    brokenLine: 7,
  },
  java: {
    valid: `OkHttpClient client = new OkHttpClient().newBuilder()\n  .build();\nRequest request = new Request.Builder()\n  .url("https://api.example.com/echo")\n  .addHeader("X-Quote", "say \\"hi\\"")\n  .build();\nResponse response = client.newCall(request).execute();\n`,
    broken: `OkHttpClient client = new OkHttpClient().newBuilder()\n  .build();\nRequest request = new Request.Builder()\n  .url("https://api.example.com/echo")\n  .addHeader("X-Quote", "say "hi"")\n  .build();\nResponse response = client.newCall(request).execute();\n`,
    brokenLine: 5,
  },
  kotlin: {
    valid: `val client = OkHttpClient()\nval request = Request.Builder()\n    .url("https://api.example.com/echo")\n    .addHeader("X-Quote", "say \\"hi\\" \\$HOME")\n    .build()\nval response = client.newCall(request).execute()\n`,
    broken: `val client = OkHttpClient()\nval request = Request.Builder()\n    .url("https://api.example.com/echo")\n    .addHeader("X-Quote", "say \\"hi\\")\n    .build()\nval response = client.newCall(request).execute()\n`,
    brokenLine: 4,
  },
  lua: {
    valid: `local http = require("socket.http")\nlocal ok, code = http.request{\n  url = "https://api.example.com/echo",\n  headers = {\n    ["X-Quote"] = "say \\"hi\\"",\n  },\n}\n`,
    broken: `local http = require("socket.http")\nlocal ok, code = http.request{\n  url = "https://api.example.com/echo",\n  headers = {\n    ["X-Quote"] = "say "hi"",\n  },\n}\n`,
    brokenLine: 5,
  },
  // OCaml reads `"say "hi""` as an application of three strings, which parses: the broken sample ends after an odd quote.
  ocaml: {
    valid: `let uri = Uri.of_string "https://api.example.com/echo"\nlet headers = Cohttp.Header.init_with "X-Quote" "say \\"hi\\""`,
    broken: `let uri = Uri.of_string "https://api.example.com/echo"\nlet headers = Cohttp.Header.init_with "X-Quote" "say "hi"`,
    brokenLine: 2,
  },
  javascript: {
    valid: `var request = require('request');\nvar options = {\n  'method': 'GET',\n  'headers': {\n    'X-Quote': 'it\\'s'\n  }\n};\n`,
    broken: `var request = require('request');\nvar options = {\n  'method': 'GET',\n  'headers': {\n    'X-Quote': 'it's'\n  }\n};\n`,
    brokenLine: 5,
  },
  objc: {
    valid: `#import <Foundation/Foundation.h>\n\nNSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];\n[request setValue:@"say \\"hi\\"" forHTTPHeaderField:@"X-Quote"];\n[request setHTTPMethod:@"GET"];\n`,
    broken: `#import <Foundation/Foundation.h>\n\nNSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];\n[request setValue:@"say "hi"" forHTTPHeaderField:@"X-Quote"];\n[request setHTTPMethod:@"GET"];\n`,
    brokenLine: 4,
  },
  php: {
    valid: `<?php\nrequire_once 'HTTP/Request2.php';\n$request = new HTTP_Request2();\n$request->setHeader(array(\n  'X-Quote' => 'it\\'s'\n));\n`,
    broken: `<?php\nrequire_once 'HTTP/Request2.php';\n$request = new HTTP_Request2();\n$request->setHeader(array(\n  'X-Quote' => 'it's'\n));\n`,
    brokenLine: 5,
  },
  python: {
    valid: `import requests\n\nheaders = {\n  'X-Quote': 'it\\'s'\n}\nresponse = requests.request("GET", "https://api.example.com/echo", headers=headers)\n`,
    broken: `import requests\n\nheaders = {\n  'X-Quote': 'it's'\n}\nresponse = requests.request("GET", "https://api.example.com/echo", headers=headers)\n`,
    brokenLine: 4,
  },
  ruby: {
    valid: `require "uri"\nrequire "net/http"\n\nurl = URI("https://api.example.com/echo")\nrequest = Net::HTTP::Get.new(url)\nrequest["X-Quote"] = "say \\"hi\\""\n`,
    broken: `require "uri"\nrequire "net/http"\n\nurl = URI("https://api.example.com/echo")\nrequest = Net::HTTP::Get.new(url)\nrequest["X-Quote"] = "say "hi""\n`,
    brokenLine: 6,
  },
  rust: {
    valid: `fn main() {\n    let client = reqwest::blocking::Client::new();\n    let request = client.get("https://api.example.com/echo").header("X-Quote", "say \\"hi\\"");\n}\n`,
    broken: `fn main() {\n    let client = reqwest::blocking::Client::new();\n    let request = client.get("https://api.example.com/echo").header("X-Quote", "say "hi"");\n}\n`,
    brokenLine: 3,
  },
  swift: {
    valid: `import Foundation\n\nvar request = URLRequest(url: URL(string: "https://api.example.com/echo")!)\nrequest.addValue("say \\"hi\\"", forHTTPHeaderField: "X-Quote")\n`,
    broken: `import Foundation\n\nvar request = URLRequest(url: URL(string: "https://api.example.com/echo")!)\nrequest.addValue("say "hi"", forHTTPHeaderField: "X-Quote")\n`,
    brokenLine: 4,
  },
};
