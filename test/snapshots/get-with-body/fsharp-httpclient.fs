open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/search")
let body =
    "{\"query\": {\"match_all\": {}}}"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
