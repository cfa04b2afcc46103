open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/v1/config")
let body =
    "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
