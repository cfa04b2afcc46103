open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
request.Headers.TryAddWithoutValidation("X-API-Key", "{{api_key}}") |> ignore
request.Headers.TryAddWithoutValidation("Cookie", "session={{session_id}}; api_key={{api_key}}") |> ignore
request.Headers.TryAddWithoutValidation("X-Note", "\"; rm -rf ~; \"") |> ignore
request.Headers.TryAddWithoutValidation("Authorization", "Bearer {{bearerAuth}}") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
