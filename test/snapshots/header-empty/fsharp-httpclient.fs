open System.IO
open System.Net.Http

use client = new HttpClient()
use request = new HttpRequestMessage(HttpMethod.Get, "{{baseUrl}}/empty")
request.Headers.TryAddWithoutValidation("X-Empty", "") |> ignore
request.Headers.TryAddWithoutValidation("X-After", "set") |> ignore
use response = client.Send(request)
use reader = new StreamReader(response.Content.ReadAsStream())
printfn "%s" (reader.ReadToEnd())
