open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/inv")
request.Headers.TryAddWithoutValidation("X-Tab", "a\tb") |> ignore
let body =
    "tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\u0001\u001F\u007Fdel\u0085nel"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
