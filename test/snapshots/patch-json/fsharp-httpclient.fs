open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Patch, "{{baseUrl}}/v1/users/{{userId}}")
request.Headers.TryAddWithoutValidation("If-Match", "W/\"etag-1\"") |> ignore
request.Headers.TryAddWithoutValidation("X-Request-Id", "{{requestId}}") |> ignore
let body =
    "{\"name\": \"{{newName}}\", \"active\": true}"
request.Content <- new StringContent(body)
request.Content.Headers.ContentType <- null
request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
