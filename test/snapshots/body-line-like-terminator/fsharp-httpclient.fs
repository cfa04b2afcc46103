open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Post, "{{baseUrl}}/notes")
let body =
    "\n" +
    "\n" +
    "BODYBODY\n" +
    "  BODY2 indented\n" +
    "EOF\n"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "text/plain") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
