/**
 * Known limitations: a fixture a target's client truly cannot send as the model describes. Each entry
 * is still generated and run; the matrix reports it as LIMIT with its reason instead of PASS or FAIL,
 * and flags it when it unexpectedly passes so the entry can be removed.
 *
 * Add an entry only for what the client (or the language) cannot express, never for a generator bug,
 * and say why in `reason` (one sentence a reader of reports/exec-matrix.md understands), e.g.
 * `{ target: 'java-okhttp', fixture: 'get-with-body', reason: 'OkHttp refuses a request body on GET.' }`.
 */
export interface Limitation {
  /** Target id, e.g. `curl`. */
  target: string;
  /** Fixture name: the file name in test/fixtures/requests without `.json`. */
  fixture: string;
  reason: string;
}

export const limitations: Limitation[] = [
  { target: 'java-http-client', fixture: 'headers-nonascii', reason: 'java.net.http refuses header values with characters above U+00FF and writes the others as US-ASCII ("?"), so a UTF-8 header value cannot be sent; the snippet leaves those headers out and says so.' },
  { target: 'java-httpurlconnection', fixture: 'get-with-body', reason: 'HttpURLConnection turns a GET whose output stream is opened into a POST; the snippet sends the GET without its body and says so.' },
  { target: 'java-httpurlconnection', fixture: 'custom-method', reason: 'HttpURLConnection.setRequestMethod accepts only GET, POST, HEAD, OPTIONS, PUT, DELETE and TRACE; the snippet sends POST with X-HTTP-Method-Override and says so.' },
  { target: 'java-httpurlconnection', fixture: 'patch-json', reason: 'HttpURLConnection.setRequestMethod refuses PATCH; the snippet sends POST with X-HTTP-Method-Override: PATCH and says so.' },
  { target: 'java-httpurlconnection', fixture: 'urlencoded-patch', reason: 'HttpURLConnection.setRequestMethod refuses PATCH; the snippet sends POST with X-HTTP-Method-Override: PATCH and says so.' },
  { target: 'java-httpurlconnection', fixture: 'propfind-xml', reason: 'HttpURLConnection.setRequestMethod refuses PROPFIND; the snippet sends POST with X-HTTP-Method-Override: PROPFIND and says so.' },
  { target: 'java-httpurlconnection', fixture: 'options', reason: 'HttpURLConnection silently drops the restricted headers Origin and Access-Control-Request-Method (unless the whole JVM runs with -Dsun.net.http.allowRestrictedHeaders=true); the snippet leaves them out and says so.' },
  { target: 'java-httpurlconnection', fixture: 'form-data-all-disabled', reason: 'HttpURLConnection sends a POST without output with no Content-Length (an empty body all the same), and opening the output adds Content-Type: application/x-www-form-urlencoded; the snippet sends no body.' },
  { target: 'java-httpurlconnection', fixture: 'form-empty-urlencoded', reason: 'HttpURLConnection sends a POST without output with no Content-Length (an empty body all the same), and opening the output adds Content-Type: application/x-www-form-urlencoded; the snippet sends no body.' },
  { target: 'kotlin-okhttp', fixture: 'get-with-body', reason: 'OkHttp (3.x to 5.x) refuses a request body on GET and HEAD; the snippet sends the GET without it and says so.' },
  { target: 'java-okhttp', fixture: 'get-with-body', reason: 'OkHttp (3.x to 5.x) refuses a request body on GET and HEAD; the snippet sends the GET without it and says so.' },
  { target: 'swift-urlsession', fixture: 'get-with-body', reason: 'URLSession fails a GET that has a body (NSURLErrorDataLengthExceedsMaximum, iOS 13 / macOS 10.15 release notes); the snippet sends the GET without it and says so.' },
  { target: 'ruby-net-http', fixture: 'form-data-all-disabled', reason: 'Net::HTTP (Ruby 3.1) sends every POST with a body, an empty one included, and gives a body without a Content-Type application/x-www-form-urlencoded (supply_default_content_type); the snippet warns.' },
  { target: 'ruby-net-http', fixture: 'multipart-text', reason: "Net::HTTP's set_form writes no Content-Type for a text field (HTML5 rule), so the field's own type (application/json) is not sent; the snippet warns." },
  { target: 'javascript-jquery', fixture: 'get-with-body', reason: 'XMLHttpRequest sends no body with GET or HEAD (and jQuery would move string data into the query); the snippet sends the GET without it and says so.' },
  { target: 'javascript-jquery', fixture: 'multipart-text', reason: 'Browser FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'javascript-jquery', fixture: 'options', reason: 'Origin and Access-Control-Request-Method are forbidden request headers a script cannot set; the snippet leaves them out and says so.' },
  { target: 'javascript-fetch', fixture: 'get-with-body', reason: 'fetch() throws a TypeError for a GET or HEAD request with a body; the snippet sends the GET without it and says so.' },
  { target: 'javascript-fetch', fixture: 'multipart-text', reason: 'Browser FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'javascript-fetch', fixture: 'options', reason: 'Origin and Access-Control-Request-Method are forbidden request headers a script cannot set; the snippet leaves them out and says so.' },
  { target: 'javascript-xhr', fixture: 'get-with-body', reason: 'XMLHttpRequest sends no body with GET or HEAD; the snippet sends the GET without it and says so.' },
  { target: 'javascript-xhr', fixture: 'multipart-text', reason: 'Browser FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'javascript-xhr', fixture: 'options', reason: 'Origin and Access-Control-Request-Method are forbidden request headers a script cannot set; the snippet leaves them out and says so.' },
  { target: 'javascript-axios', fixture: 'get-with-body', reason: 'In a browser axios sends through XMLHttpRequest, which sends no body with GET or HEAD (and axios removes the Content-Type of a request without data); the snippet sends the GET without it and says so.' },
  { target: 'javascript-axios', fixture: 'multipart-text', reason: 'Browser FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'javascript-axios', fixture: 'options', reason: 'Origin and Access-Control-Request-Method are forbidden request headers a script cannot set; the snippet leaves them out and says so.' },
  { target: 'javascript-axios', fixture: 'proto-keys', reason: 'axios merges its config with utils.merge, which skips the keys __proto__, constructor and prototype (against prototype pollution), so headers of those names are never sent; the snippet leaves them out and says so.' },
  { target: 'csharp-restsharp', fixture: 'multipart-file', reason: 'RestSharp builds the multipart body with file parts first, so the file goes out before the text field listed above it; the snippet warns.' },
  { target: 'csharp-restsharp', fixture: 'multipart-put', reason: 'RestSharp builds the multipart body with file parts first (as in multipart-file), so the file listed after the text fields goes out first; the snippet warns.' },
  { target: 'csharp-restsharp', fixture: 'multipart-quoted-names', reason: 'RestSharp builds the multipart body with file parts first (as in multipart-file), so the file part listed second goes out first; the WHATWG-encoded names arrive as the model says; the snippet warns.' },
  { target: 'csharp-restsharp', fixture: 'multipart-text', reason: 'RestSharp can give a text part its own Content-Type only through its one body parameter, which it writes before the other fields, so the typed part moves to the front; the snippet warns.' },
  { target: 'powershell-invoke-restmethod', fixture: 'form-data-all-disabled', reason: 'Invoke-RestMethod (PowerShell 7.6) gives a POST without -ContentType the type application/x-www-form-urlencoded even when it has no body; the snippet warns.' },
  { target: 'powershell-invoke-restmethod', fixture: 'headers-nonascii', reason: 'Invoke-RestMethod sends headers through .NET HttpClient, which refuses a non-ASCII header value unless its handler picks an encoding, and PowerShell gives a script no handler to set; the snippet warns.' },
  { target: 'powershell-invoke-webrequest', fixture: 'form-data-all-disabled', reason: 'Invoke-WebRequest (PowerShell 7.6) gives a POST without -ContentType the type application/x-www-form-urlencoded even when it has no body; the snippet warns.' },
  { target: 'powershell-invoke-webrequest', fixture: 'headers-nonascii', reason: 'Invoke-WebRequest sends headers through .NET HttpClient, which refuses a non-ASCII header value unless its handler picks an encoding, and PowerShell gives a script no handler to set; the snippet warns.' },
  { target: 'php-http-request2', fixture: 'multipart-file', reason: 'HTTP_Request2_MultipartBody writes every addPostParameter() field before every addUpload() file, so the text field listed after the file goes out before it; the snippet warns.' },
  { target: 'php-http-request2', fixture: 'multipart-text', reason: 'HTTP_Request2 writes text fields with a Content-Disposition line only, so a text field cannot carry its own Content-Type (application/json); the snippet warns.' },
  { target: 'node-fetch', fixture: 'get-with-body', reason: "Node's fetch throws a TypeError for a GET or HEAD request with a body; the snippet sends the GET without it and says so." },
  { target: 'node-fetch', fixture: 'multipart-text', reason: 'FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'node-fetch', fixture: 'proto-keys', reason: "Node's fetch (undici) hands the request headers to its dispatcher in a plain object, where a header named __proto__ is lost; the snippet warns." },
  { target: 'node-ofetch', fixture: 'get-with-body', reason: "ofetch calls Node's fetch, which throws a TypeError for a GET or HEAD request with a body; the snippet sends the GET without it and says so." },
  { target: 'node-ofetch', fixture: 'multipart-text', reason: 'FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'node-ofetch', fixture: 'proto-keys', reason: "ofetch calls Node's fetch (undici), which hands the request headers to its dispatcher in a plain object, where a header named __proto__ is lost; the snippet warns." },
  { target: 'node-ky', fixture: 'get-with-body', reason: "ky builds a fetch Request, which throws a TypeError for a GET or HEAD request with a body; the snippet sends the GET without it and says so." },
  { target: 'node-ky', fixture: 'multipart-text', reason: 'FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'node-ky', fixture: 'proto-keys', reason: "ky calls Node's fetch (undici), which hands the request headers to its dispatcher in a plain object, where a header named __proto__ is lost; the snippet warns." },
  { target: 'node-undici', fixture: 'multipart-text', reason: 'FormData turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'node-axios', fixture: 'multipart-text', reason: 'axios serialises a FormData with a lone LF in a text field turned into CRLF, and a FormData text field has no Content-Type of its own (application/json); the snippet warns about both.' },
  { target: 'node-axios', fixture: 'proto-keys', reason: 'axios merges its config with utils.merge, which skips the keys __proto__, constructor and prototype (against prototype pollution), so headers of those names are never sent; the snippet warns.' },
  { target: 'node-got', fixture: 'multipart-text', reason: "got serialises a FormData with form-data-encoder, which turns a lone LF in a text field into CRLF, and a FormData text field has no Content-Type of its own (application/json); the snippet warns about both." },
  { target: 'node-got', fixture: 'proto-keys', reason: 'got copies the headers into a plain object (lower-casing the names), where a header named __proto__ is lost; the snippet warns.' },
  { target: 'node-superagent', fixture: 'proto-keys', reason: 'superagent keeps headers in plain objects, where a header named __proto__ is lost; the snippet warns.' },
  { target: 'node-http', fixture: 'multipart-text', reason: 'node:http has no multipart encoder; the FormData the snippet encodes (through a fetch Response) turns a lone LF in a text field into CRLF and cannot give a text field its own Content-Type (application/json); the snippet warns about both.' },
  { target: 'shell-httpie', fixture: 'multipart-text', reason: "HTTPie's request items give only a file field a type (`field@path;type=...`), so a text field cannot carry its own Content-Type (application/json); the snippet warns." },
];
