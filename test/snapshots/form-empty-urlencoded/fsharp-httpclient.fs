open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Put, "{{baseUrl}}/settings")
request.Headers.TryAddWithoutValidation("X-Keep", "yes") |> ignore
let body =
    ""
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
